/** The Inngest app id: function ids are `<APP_ID>-<function id>`. */
export const APP_ID = "phoenix4ge";

export type JobsMode = "embedded" | "cloud" | "self-hosted";

/** Path of the embedded executor's event endpoint; the SDK appends `e/<key>` to it. */
export const EXECUTOR_PATH = "/api/jobs/executor/";

/**
 * Which server runs the functions, from the environment alone:
 * event key + signing key → Inngest Cloud; `INNGEST_BASE_URL` or `INNGEST_DEV` → a self-hosted or dev
 * server; nothing → the embedded executor.
 */
export function jobsMode(env: Record<string, string | undefined> = process.env): JobsMode {
  const dev =
    env.INNGEST_DEV && !["0", "false"].includes(env.INNGEST_DEV.toLowerCase()) ? env.INNGEST_DEV : undefined;
  if (env.INNGEST_BASE_URL || dev) return "self-hosted";
  if (env.INNGEST_EVENT_KEY && env.INNGEST_SIGNING_KEY) return "cloud";
  return "embedded";
}
