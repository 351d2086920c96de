import { z } from "zod";
import { AppError } from "@/lib/errors";

export const PREFERENCE_MAX_BYTES = 4096;

/** `library.view`, `library.columns`…: lowercase letters, digits, dots and dashes. */
export const preferenceKeySchema = z
  .string()
  .regex(/^[a-z0-9.-]{1,64}$/, "key: must be 1 to 64 of a-z, 0-9, '.' and '-'");

/** Body of `PUT /api/me/preferences/{key}`: any JSON value (null clears it). */
export const preferenceBodySchema = z.strictObject({ value: z.unknown() }).refine((body) => "value" in body, {
  message: "value: required (any JSON, null to clear)",
});

/** The value as stored; 413 when its JSON is over 4 KB. */
export function preferenceText(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  if (Buffer.byteLength(text) > PREFERENCE_MAX_BYTES) {
    throw new AppError("too_large", `value: at most ${PREFERENCE_MAX_BYTES} bytes of JSON.`);
  }
  return text;
}
