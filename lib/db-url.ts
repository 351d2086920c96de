import type { PoolConfig } from "mariadb";

export const DEFAULT_DATABASE_URL = "mysql://root@127.0.0.1:3306/phoenix4ge";

/** Turns `mysql://user:pass@host:port/db` into the mariadb driver's pool options. */
export function poolConfigFromUrl(
  url: string,
  overrides: Partial<PoolConfig> = {},
): PoolConfig & { database?: string } {
  const parsed = new URL(url);
  if (!["mysql:", "mariadb:"].includes(parsed.protocol)) {
    throw new Error(`DATABASE_URL must start with mysql:// (got ${parsed.protocol}//)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined;
  return {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || "root"),
    password: decodeURIComponent(parsed.password),
    database,
    connectionLimit: Number(parsed.searchParams.get("connection_limit") ?? 10),
    connectTimeout: 5000,
    ...overrides,
  };
}

/** The one-line message shown when MySQL cannot be reached, with what to do. */
export function unreachableMessage(url: string, cause: unknown): string {
  const { host, port } = poolConfigFromUrl(url);
  const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
  return `Cannot reach MySQL at ${host}:${port} (${reason}). Start MySQL/MariaDB or set DATABASE_URL to a reachable server.`;
}
