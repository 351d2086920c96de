// The rewrites and headers that serve public pages from their stored compressed copies, evaluated
// with Next's own path and `has` matchers: a rule that matched an admin page, or a rewrite without
// its Content-Encoding (or the reverse), would hand visitors undecodable bytes.
import { readdirSync } from "node:fs";
import path from "node:path";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { storedPageHeaders, storedPageRewrites } from "@/lib/gallery/public/public-page-routing";
import { RESERVED_SLUGS } from "@/lib/models/schemas";

type Has = Parameters<typeof matchHas>[2];

const request = (acceptEncoding?: string) =>
  ({ headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } }) as Parameters<
    typeof matchHas
  >[0];

function matches(rule: { source: string; has?: Has; missing?: Has }, pathname: string, accept?: string) {
  const params = getPathMatch(rule.source, { strict: true })(pathname);
  return params !== false && matchHas(request(accept), {}, rule.has, rule.missing) !== false;
}

/** Where Next sends the request (the first matching rewrite), and the Content-Encoding it adds. */
function route(pathname: string, accept?: string) {
  const rewrite = storedPageRewrites().find((rule) => matches(rule, pathname, accept));
  const headers = storedPageHeaders()
    .filter((rule) => matches(rule, pathname, accept))
    .flatMap((rule) => rule.headers);
  const destination = rewrite
    ? rewrite.destination.replace(/:(model|section)/g, (_, name: string) => {
        const params = getPathMatch(rewrite.source, { strict: true })(pathname) as Record<string, string>;
        return params[name]!;
      })
    : null;
  return { destination, encoding: headers.filter((h) => h.key === "Content-Encoding").map((h) => h.value) };
}

const BROWSER = "gzip, deflate, br, zstd";

describe("stored compressed public pages", () => {
  it("send a browser's model and section pages to the brotli copy, with its encoding", () => {
    expect(route("/jane-doe/walks", BROWSER)).toEqual({
      destination: "/assets/pages/br/jane-doe/walks",
      encoding: ["br"],
    });
    expect(route("/jane-doe", BROWSER)).toEqual({
      destination: "/assets/pages/br/jane-doe",
      encoding: ["br"],
    });
  });

  it("send a client without brotli to the gzip copy, and one that accepts neither to plain HTML", () => {
    expect(route("/jane-doe/walks", "gzip, deflate")).toEqual({
      destination: "/assets/pages/gzip/jane-doe/walks",
      encoding: ["gzip"],
    });
    for (const accept of [undefined, "identity", "deflate", "brotli-ish"])
      expect(route("/jane-doe/walks", accept), String(accept)).toEqual({ destination: null, encoding: [] });
  });

  it("never touch the app's own routes, one segment or two", () => {
    for (const slug of RESERVED_SLUGS) {
      for (const pathname of [`/${slug}`, `/${slug}/models`, `/${slug}/health`]) {
        expect(route(pathname, BROWSER), pathname).toEqual({ destination: null, encoding: [] });
      }
    }
    for (const pathname of ["/robots.txt", "/sitemap.xml", "/favicon.ico", "/_next/static/x.js", "/a/b/c"])
      expect(route(pathname, BROWSER), pathname).toEqual({ destination: null, encoding: [] });
  });

  it("still serve models whose slug merely starts with a reserved word", () => {
    expect(route("/admins-choice/walks", BROWSER).encoding).toEqual(["br"]);
    expect(route("/api-studio", BROWSER).encoding).toEqual(["br"]);
  });
});

describe("reserved slugs", () => {
  it("include every top-level route of the app, so no model can shadow one", () => {
    const app = path.resolve(import.meta.dirname, "../../app");
    const topLevel = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
          if (/^\(.*\)$/.test(entry.name)) return topLevel(path.join(dir, entry.name));
          if (entry.name.startsWith("[") || entry.name.startsWith("_")) return [];
          return [entry.name];
        });
    const routes = topLevel(app);
    expect(routes).toEqual(expect.arrayContaining(["admin", "api", "signin", "assets"]));
    for (const name of [...routes, "robots", "sitemap"]) expect(RESERVED_SLUGS.has(name), name).toBe(true);
  });
});
