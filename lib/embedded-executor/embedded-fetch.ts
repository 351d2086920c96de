import { EXECUTOR_PATH } from "@/lib/jobs/mode";

/** A host that never resolves: requests to it are answered in-process by the embedded executor. */
export const EMBEDDED_ORIGIN = "http://embedded-executor.invalid";
export const EMBEDDED_BASE_URL = EMBEDDED_ORIGIN + EXECUTOR_PATH;

/** `fetch` for the Inngest client in embedded mode: executor URLs are handled in-process, others go out. */
export async function embeddedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  if (!request.url.startsWith(EMBEDDED_ORIGIN + "/")) return fetch(request);
  const { handleExecutorRequest } = await import("@/lib/embedded-executor/handle-executor-request");
  return handleExecutorRequest(request, { trusted: true });
}
