import type { WatermarkStatus } from "@/lib/media/watermark/get-watermark-status";
import type { WatermarkSettingsInput } from "@/lib/media/watermark/watermark-schemas";
import { ApiError } from "./media-api";

export type { WatermarkStatus };

export function watermarkUrl(slug: string, path: "" | "/logo" | "/preview" = ""): string {
  return `/api/models/${encodeURIComponent(slug)}/watermark${path}`;
}

/** An API refusal that names the form field it is about (`{"error": {"field": "text"}}`). */
export class FieldError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(status, code, message);
  }
}

async function answer(response: Response): Promise<WatermarkStatus> {
  const body = (await response.json().catch(() => null)) as
    (WatermarkStatus & { error?: { code: string; message: string; field?: string } }) | null;
  if (response.ok && body?.watermark) return body;
  throw new FieldError(
    response.status,
    body?.error?.code ?? "unavailable",
    body?.error?.message ?? `The server answered ${response.status}. Please try again.`,
    typeof body?.error?.field === "string" ? body.error.field : null,
  );
}

/** The settings and how far the re-derive of the model's photos has come. */
export async function fetchWatermarkStatus(slug: string, signal?: AbortSignal): Promise<WatermarkStatus> {
  return answer(
    await fetch(watermarkUrl(slug), { cache: "no-store", signal, headers: { accept: "application/json" } }),
  );
}

/** Saves changed settings; a change starts the background re-derive. */
export async function saveWatermarkSettings(
  slug: string,
  changes: WatermarkSettingsInput,
): Promise<WatermarkStatus> {
  return answer(
    await fetch(watermarkUrl(slug), {
      method: "PUT",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(changes),
    }),
  );
}

/** Uploads a logo; it becomes the watermark at once (kind LOGO) and the re-derive starts. */
export async function uploadWatermarkLogo(slug: string, file: File): Promise<WatermarkStatus> {
  const form = new FormData();
  form.append("file", file, file.name);
  return answer(
    await fetch(watermarkUrl(slug, "/logo"), {
      method: "POST",
      body: form,
      headers: { accept: "application/json" },
    }),
  );
}
