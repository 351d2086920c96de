// The arrows go app -> components -> lib (and inngest -> lib), never back: a domain file that
// imports a route, a component or a job function closes a circle through the whole app.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Folders each source folder must not import from. */
const FORBIDDEN: Record<string, string[]> = {
  lib: ["app", "components", "inngest"],
  components: ["app"],
};

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs|js)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`lib${path.sep}generated${path.sep}`));
}

/** The top-level folder an import specifier of `file` points into, or null for packages. */
function targetFolder(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2).split("/")[0]!;
  if (!specifier.startsWith(".")) return null;
  const resolved = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
  return resolved.split(path.sep)[0]!;
}

/** Every import of `source` (the text of `file`) that goes against the arrows. */
function wrongWayImports(file: string, source: string): string[] {
  const from = file.split(/[\\/]/)[0]!;
  const forbidden = FORBIDDEN[from] ?? [];
  const found: string[] = [];
  for (const [, specifier] of source.matchAll(SPECIFIER)) {
    const target = targetFolder(file, specifier!);
    if (target && forbidden.includes(target)) found.push(`${file} imports ${specifier}`);
  }
  return found;
}

describe("import direction", () => {
  it("no lib file imports app/, components/ or inngest/, and no component imports app/", () => {
    const wrong = ["lib", "components"].flatMap((dir) =>
      sourceFiles(dir).flatMap((file) => wrongWayImports(file, readFileSync(path.join(ROOT, file), "utf8"))),
    );
    expect(wrong).toEqual([]);
  });

  it("would notice an import the wrong way, by alias, relative path or dynamic import", () => {
    expect(wrongWayImports("lib/media/x.ts", 'import { a } from "@/app/api/route";')).toHaveLength(1);
    expect(wrongWayImports("lib/media/x.ts", 'import { b } from "../../components/ui/button";')).toHaveLength(
      1,
    );
    expect(
      wrongWayImports("lib/media/x.ts", 'const c = await import("@/inngest/process-media");'),
    ).toHaveLength(1);
    expect(
      wrongWayImports("components/a/x.tsx", 'import type { D } from "@/app/(admin)/actions";'),
    ).toHaveLength(1);
    expect(wrongWayImports("components/a/x.tsx", 'import { e } from "@/lib/db";')).toEqual([]);
    expect(wrongWayImports("lib/jobs/x.ts", 'import { functions } from "@/inngest/serve";')).toHaveLength(1);
  });
});
