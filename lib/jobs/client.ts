import { Inngest, type ClientOptions } from "inngest";
import { logger } from "@/lib/logger";
import { embeddedFetch, EMBEDDED_BASE_URL } from "@/lib/embedded-executor/embedded-fetch";
import { embeddedSigningKey } from "@/lib/embedded-executor/embedded-signing-key";
import { APP_ID, jobsMode } from "@/lib/jobs/mode";

export { APP_ID };

function clientOptions(): ClientOptions {
  const base: ClientOptions = { id: APP_ID, logger: logger.child({ domain: "jobs" }) };
  if (jobsMode() !== "embedded") return base; // the SDK reads INNGEST_* itself
  return {
    ...base,
    // send() goes to the executor's event endpoint, answered in-process by embeddedFetch.
    baseUrl: EMBEDDED_BASE_URL,
    fetch: embeddedFetch,
    eventKey: "embedded",
    // Signed mode with a per-process key: only this process's executor may call /api/inngest.
    isDev: false,
    signingKey: embeddedSigningKey(),
  };
}

/** The one Inngest client. Send with `inngest.send(mediaUploaded.create({ mediaId, modelId }))`. */
export const inngest = new Inngest(clientOptions());
