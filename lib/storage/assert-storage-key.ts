import { AppError } from "@/lib/errors";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 255;

/**
 * Refuses anything but a relative key of plain segments: no `..`, no absolute path, no backslash,
 * no empty or dot segments. Keys are server-built, so a bad one is a programming error, but the
 * check keeps a mistake from ever reaching outside the storage root.
 */
export function assertStorageKey(key: string, { prefix = false } = {}): string {
  const body = prefix ? key.replace(/\/$/, "") : key;
  const segments = body.split("/");
  const valid =
    typeof key === "string" &&
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    (!prefix || key.endsWith("/")) &&
    segments.every((segment) => SEGMENT.test(segment) && segment !== "." && segment !== "..");
  if (!valid || body.includes("..")) {
    throw new AppError("invalid", `Refused storage ${prefix ? "prefix" : "key"} ${JSON.stringify(key)}.`);
  }
  return key;
}
