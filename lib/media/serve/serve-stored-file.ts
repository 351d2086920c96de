import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import type { Storage } from "@/lib/storage/storage";

/**
 * A file whose bytes never change under its URL (a public variant: a new revision is a new URL; the
 * lightbox script: its name carries its hash), so browsers keep it for a year without asking again.
 * A variant's photo can still lose approval (rejected, deleted): the pages stop linking it at once,
 * and its URL must stop working for everyone else too. So shared caches get their own, shorter rule
 * in `CDN-Cache-Control` (RFC 9213, honoured by Vercel, Cloudflare and Fastly): 5 minutes, then ask
 * again (a cheap 304 while still approved, the origin's 404 once not).
 */
export const PUBLIC_IMMUTABLE = "public, max-age=31536000, immutable";
export const PUBLIC_VARIANT_CDN = "public, max-age=300, must-revalidate";
const READ_WHOLE_MAX_BYTES = 4 * 1024 * 1024;

/** Anything only staff may see: no shared cache may keep it. */
export const PRIVATE_NO_STORE = "private, no-store";

export type ServeOptions = {
  cacheControl: string;
  /** `CDN-Cache-Control`: how long shared caches may keep it, when that differs from browsers. */
  cdnCacheControl?: string;
  /** Overrides the type implied by the key's extension. */
  contentType?: string;
  /** `attachment` with this (already sanitized) name, for downloads. */
  downloadName?: string;
};

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/**
 * Answers GET/HEAD for one stored object from local storage: right type and length, a strong ETag
 * (304 on If-None-Match), `nosniff`, and the given caching. The key is chosen by the caller after
 * its access check, never taken from the URL as is.
 */
export async function serveStoredFile(
  request: Request,
  storage: Storage,
  key: string,
  options: ServeOptions,
): Promise<Response> {
  const stored = await storage.stat(key);
  if (!stored) throw new AppError("not_found", "File not found.");
  // Files are replaced only by a retried step writing the same variant: size and time identify the bytes.
  const etag = `"${createHash("sha256").update(`${key}\n${stored.bytes}\n${stored.modifiedAt.getTime()}`).digest("base64url").slice(0, 32)}"`;
  const headers = new Headers({
    "cache-control": options.cacheControl,
    etag,
    "last-modified": stored.modifiedAt.toUTCString(),
    "x-content-type-options": "nosniff",
    "content-type": options.contentType ?? stored.contentType ?? "application/octet-stream",
  });
  if (options.cdnCacheControl) headers.set("cdn-cache-control", options.cdnCacheControl);
  if (options.downloadName) headers.set("content-disposition", attachmentDisposition(options.downloadName));
  if (etagMatches(request.headers.get("if-none-match"), etag))
    return new NextResponse(null, { status: 304, headers });
  headers.set("content-length", String(stored.bytes));
  if (request.method === "HEAD") return new NextResponse(null, { status: 200, headers });
  const stream = await storage.get(key);
  // Variants are small: read them whole, so a visitor who leaves mid-download (lazy images do)
  // cannot leave a half-read file open. Larger files (original downloads) are streamed.
  if (stored.bytes <= READ_WHOLE_MAX_BYTES)
    return new NextResponse(new Uint8Array(await buffer(stream)), { status: 200, headers });
  return new NextResponse(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: 200, headers });
}

/** For remote drivers: send the browser to the object itself instead of streaming it through the app. */
export function redirectTo(url: string, cacheControl: string, cdnCacheControl?: string): Response {
  const headers = new Headers({ location: url, "cache-control": cacheControl });
  if (cdnCacheControl) headers.set("cdn-cache-control", cdnCacheControl);
  return new NextResponse(null, { status: 302, headers });
}
