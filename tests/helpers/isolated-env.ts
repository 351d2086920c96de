// Environment set-up for integration test files that need their own storage and temp folders. It is
// called from a file's `vi.hoisted` block (through a dynamic import), which runs before the file's
// static imports and so before the app's config is first read: only node built-ins may be imported
// here, never "@/..." modules.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";

/** Variables that would send jobs to a real Inngest; these tests run them in the embedded executor. */
const INNGEST_VARIABLES = ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "INNGEST_DEV"];

export interface IsolateEnvOptions {
  /** Further variables to remove (beyond the Inngest ones and STORAGE_DRIVER), so their defaults apply. */
  unset?: readonly string[];
  /** Variables to set once the others are removed. */
  set?: Record<string, string>;
  /** Whether TMPDIR is pointed (and created) under the root too; true unless the file writes no temp files. */
  tmpDir?: boolean;
}

/**
 * Points STORAGE_DIR (and TMPDIR) at a fresh root `/tmp/p4g-<name>-<pid>-<random>`, removes the
 * variables that would reach real services or change the local storage driver, then applies `set`.
 */
export function isolateEnv(name: string, { unset = [], set = {}, tmpDir = true }: IsolateEnvOptions = {}) {
  const root = `/tmp/p4g-${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  process.env.STORAGE_DIR = `${root}/storage`;
  if (tmpDir) {
    process.env.TMPDIR = `${root}/tmp`;
    mkdirSync(process.env.TMPDIR, { recursive: true });
  }
  for (const variable of [...INNGEST_VARIABLES, "STORAGE_DRIVER", ...unset]) delete process.env[variable];
  Object.assign(process.env, set);
  return { root };
}

/** A port free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * For the http moderation provider: picks free ports for the app stand-in and the reference moderation
 * service, a fresh API key and webhook secret (the previous secret removed), and sets APP_URL and the
 * MODERATION_API_* / MODERATION_WEBHOOK_SECRET variables to match. The file still chooses the provider,
 * timeouts and attempts.
 */
export async function moderationHttpEnv() {
  const appPort = await freePort();
  const referencePort = await freePort();
  const apiKey = randomBytes(16).toString("hex");
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  delete process.env.MODERATION_WEBHOOK_SECRET_PREVIOUS;
  process.env.APP_URL = `http://127.0.0.1:${appPort}`;
  process.env.MODERATION_API_URL = `http://127.0.0.1:${referencePort}/jobs`;
  process.env.MODERATION_API_KEY = apiKey;
  process.env.MODERATION_WEBHOOK_SECRET = secret;
  return { appPort, referencePort, apiKey, secret };
}
