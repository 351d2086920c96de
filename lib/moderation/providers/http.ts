import { config } from "@/lib/config";
import { ModerationProviderError } from "../provider-error";
import { moderationJobAcceptedSchema, type ModerationJob } from "../schemas";
import type { AsyncModerationProvider } from "./types";

/** How long one job submission may take before it counts as a (retryable) failure. */
export const HTTP_PROVIDER_TIMEOUT_MS = 10_000;

export type HttpProviderOptions = { apiUrl?: string; apiKey?: string; timeoutMs?: number };

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function readSnippet(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  return text.slice(0, 200).replace(/\s+/g, " ").trim();
}

/**
 * Submits one image to the external moderation API: POST `MODERATION_API_URL` with bearer
 * `MODERATION_API_KEY` and `{ jobId, imageUrl, callbackUrl }`; a 2xx answer carries the provider's
 * job id, and the result arrives later on the signed webhook. Throws ModerationProviderError,
 * retryable for 5xx, 408, 429, network errors and timeouts, permanent otherwise.
 */
export async function submitHttpModerationJob(
  job: ModerationJob,
  options: HttpProviderOptions = {},
): Promise<{ externalId: string }> {
  const apiUrl = options.apiUrl ?? config().MODERATION_API_URL;
  const apiKey = options.apiKey ?? config().MODERATION_API_KEY;
  if (!apiUrl || !apiKey) {
    throw new ModerationProviderError(
      "The http moderation provider is not configured: set MODERATION_API_URL and MODERATION_API_KEY.",
      false,
    );
  }
  const timeoutMs = options.timeoutMs ?? HTTP_PROVIDER_TIMEOUT_MS;

  let response: Response;
  try {
    response = await fetch(apiUrl, {
      method: "POST",
      headers: {
        authorization: `Bearer ${apiKey}`,
        "content-type": "application/json",
        accept: "application/json",
        // A retry after a lost answer must not start a second job at providers that honour it.
        "idempotency-key": job.jobId,
      },
      body: JSON.stringify(job),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const message = timedOut
      ? `The moderation API did not answer within ${timeoutMs} ms.`
      : `The moderation API could not be reached: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}.`;
    throw new ModerationProviderError(message, true, {}, { cause: error });
  }

  if (!response.ok) {
    const status = response.status;
    const retryable = status >= 500 || status === 408 || status === 429;
    const snippet = await readSnippet(response);
    throw new ModerationProviderError(
      `The moderation API refused the job with HTTP ${status}${snippet ? `: ${snippet}` : ""}.`,
      retryable,
      { status, retryAfterMs: retryable ? retryAfterMs(response) : undefined },
    );
  }

  const body: unknown = await response.json().catch(() => null);
  const parsed = moderationJobAcceptedSchema.safeParse(body);
  if (!parsed.success) {
    throw new ModerationProviderError(
      `The moderation API answered HTTP ${response.status} without a job id.`,
      false,
      { status: response.status },
    );
  }
  return { externalId: parsed.data.id };
}

export const httpProvider: AsyncModerationProvider = {
  name: "http",
  label: "External moderation API",
  hint: "Sent (without metadata) to the configured service, which answers later.",
  mode: "async",
  submit: (job) => submitHttpModerationJob(job),
};
