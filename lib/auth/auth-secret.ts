import { createHash } from "node:crypto";

/**
 * The key that signs and encrypts session cookies: `AUTH_SECRET`. The npm scripts set it (from `.env` or a
 * generated `.data/auth-secret`). Outside production a missing secret is derived from DATABASE_URL, so
 * `vitest` or `next dev` run directly still work and a server and its tests agree on it.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random string (openssl rand -base64 32).");
  }
  const databaseUrl = process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/phoenix4ge";
  return createHash("sha256").update(`phoenix4ge development secret\n${databaseUrl}`).digest("base64url");
}
