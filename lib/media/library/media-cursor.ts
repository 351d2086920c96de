import { AppError } from "@/lib/errors";
import type { MediaSort } from "./media-query";

/** A position in a sorted list: the sort column's value of the last row seen, and its id (the tie-breaker). */
export interface MediaCursor {
  value: Date | string | number | null;
  id: string;
}

type Order = "asc" | "desc";

const invalid = () =>
  new AppError("invalid", "cursor: not a position in this list; start again without it.", {
    field: "cursor",
  });

/**
 * Opaque to clients: base64url of `[sort, order, value, id]`. Sort and order are inside so a cursor is
 * never read against a list ordered differently.
 */
export function encodeMediaCursor(sort: MediaSort, order: Order, cursor: MediaCursor): string {
  const value = cursor.value instanceof Date ? cursor.value.toISOString() : cursor.value;
  return Buffer.from(JSON.stringify([sort, order, value, cursor.id])).toString("base64url");
}

/** The cursor's position, or a 422 when it is malformed or belongs to another sort or order. */
export function decodeMediaCursor(text: string, sort: MediaSort, order: Order): MediaCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [s, o, value, id] = parsed as unknown[];
  if (s !== sort || o !== order || typeof id !== "string" || !/^[a-z0-9]{1,40}$/i.test(id)) throw invalid();
  if (sort === "createdAt" || sort === "takenAt") {
    if (value === null && sort === "takenAt") return { value: null, id };
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalid();
    return { value: date, id };
  }
  if (sort === "filename") {
    if (typeof value !== "string") throw invalid();
    return { value, id };
  }
  if (typeof value !== "number" || !Number.isInteger(value)) throw invalid();
  return { value, id };
}
