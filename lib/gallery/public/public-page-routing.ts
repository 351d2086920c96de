// Read by next.config.ts: relative imports only.
import { RESERVED_SLUGS } from "../../models/reserved-slugs";

/** The stored compressed copies of public pages (`app/(public)/assets/pages/{encoding}/…`), best first. */
export const STORED_PAGE_ENCODINGS = ["br", "gzip"] as const;

type HeaderCondition = { type: "header"; key: string; value: string };

// A path segment that could be a model's slug and is none of the app's own top-level routes. The
// rewrites and the headers below must agree exactly, or a visitor would get compressed bytes
// without their Content-Encoding (or the reverse), so both are built from these.
// (`$` alone would only refuse `/admin`, not `/admin/models`: the lookahead must end at the segment.)
const modelSegment = `:model((?!(?:${[...RESERVED_SLUGS].join("|")})(?:[^a-z0-9-]|$))[a-z0-9-]{1,60})`;
const sectionSegment = ":section([a-z0-9-]{1,60})";
const PUBLIC_PAGES = [
  { source: `/${modelSegment}/${sectionSegment}`, stored: ":model/:section" },
  { source: `/${modelSegment}`, stored: ":model" },
];

/** `Accept-Encoding` lists `encoding` as a token (`gzip, deflate, br`). */
function accepts(encoding: string): HeaderCondition[] {
  return [{ type: "header", key: "accept-encoding", value: `(?:.*[\\s,])?${encoding}(?:[\\s,;].*)?` }];
}

/** The first encoding the client accepts wins: Next applies the first matching rewrite. */
export function storedPageRewrites() {
  return STORED_PAGE_ENCODINGS.flatMap((encoding) =>
    PUBLIC_PAGES.map(({ source, stored }) => ({
      source,
      has: accepts(encoding),
      destination: `/assets/pages/${encoding}/${stored}`,
    })),
  );
}

/**
 * Next drops a route handler's own `Content-Encoding`, so the stored copies get theirs here, under
 * the exact conditions of their rewrite. A client that accepts both gets brotli: the gzip rule
 * requires that brotli is not accepted, as the rewrites' order does.
 */
export function storedPageHeaders() {
  return STORED_PAGE_ENCODINGS.flatMap((encoding, index) =>
    PUBLIC_PAGES.map(({ source }) => ({
      source,
      has: accepts(encoding),
      missing: STORED_PAGE_ENCODINGS.slice(0, index).flatMap(accepts),
      headers: [
        { key: "Content-Encoding", value: encoding },
        { key: "Vary", value: "Accept-Encoding" },
      ],
    })),
  );
}
