import type { ApiErrorBody, MediaJson } from "./media-types";

/** How one upload request ended. */
export type UploadOutcome =
  | { kind: "created"; item: MediaJson }
  | { kind: "duplicate"; existingId: string | null; message: string }
  /** The server said no (4xx): sending the same bytes again would not help, except after 401/429. */
  | { kind: "refused"; status: number; code: string; message: string }
  /** The network or the server failed (no answer, 5xx): worth a retry. */
  | { kind: "failed"; status: number; message: string }
  | { kind: "cancelled" };

export interface UploadRequest {
  promise: Promise<UploadOutcome>;
  abort: () => void;
}

function parseBody(text: string): Partial<ApiErrorBody> & { item?: MediaJson } {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again in another tab, then retry.",
  403: "You may not upload to this model.",
  404: "This model no longer exists, or you no longer have access to it.",
  413: "The file is too large.",
  415: "This file type is not accepted.",
  422: "This file is not an image that can be read.",
};

/**
 * Sends one file as `multipart/form-data` (field `file`) with XMLHttpRequest, the only browser
 * API that reports upload progress byte by byte. Never rejects: every ending is an `UploadOutcome`.
 */
export function sendUpload(
  url: string,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadRequest {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadOutcome>((resolve) => {
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      const status = xhr.status;
      if (status >= 200 && status < 300 && body.item) return resolve({ kind: "created", item: body.item });
      const code = body.error?.code ?? "unavailable";
      const message = body.error?.message || FALLBACK_MESSAGES[status];
      if (status === 409 && code === "duplicate") {
        const existingId = typeof body.error?.existingId === "string" ? body.error.existingId : null;
        return resolve({ kind: "duplicate", existingId, message: message ?? "Already in the library." });
      }
      if (status >= 400 && status < 500) {
        return resolve({
          kind: "refused",
          status,
          code,
          message: message ?? `Refused by the server (${status}).`,
        });
      }
      resolve({
        kind: "failed",
        status,
        message: message ?? `The server could not take the file (${status || "no answer"}). Try again.`,
      });
    };
    xhr.onerror = () =>
      resolve({
        kind: "failed",
        status: 0,
        message: "The connection was lost. Check your network and retry.",
      });
    xhr.onabort = () => resolve({ kind: "cancelled" });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
