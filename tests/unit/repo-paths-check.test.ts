import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findOutsidePaths, isCheckedSource } from "../../scripts/lib/find-outside-paths.mjs";

const root = path.resolve(import.meta.dirname, "../..");
// Spelled in parts, so this test's own text names no path outside the repository.
const SHARED = ["..", "shared"].join("/");
const REFUSAL = "refers to the shared folder beside the repository";

describe("the lint stage's check for paths outside the repository", () => {
  it("flags a test that reads photos from the shared folder beside the repository, as the suite once did", () => {
    const line = `const FIXTURES = path.resolve(import.meta.dirname, "../../${SHARED}/fixtures/images");`;
    expect(findOutsidePaths("tests/integration/media-intake.test.ts", line)).toEqual([
      `tests/integration/media-intake.test.ts:1: ${REFUSAL}, which a clone elsewhere does not have`,
    ]);
    expect(
      findOutsidePaths("tests/e2e/upload.spec.ts", `path.resolve(process.cwd(), "${SHARED}/x")`),
    ).toHaveLength(1);
  });

  it("flags absolute paths into other people's folders and literals that climb above the root", () => {
    expect(
      findOutsidePaths("bench/run.ts", `readFile("/${"work"}/shared/fixtures/images/a.jpg")`),
    ).toHaveLength(1);
    expect(findOutsidePaths("bench/run.ts", 'readFile("/home/me/photos/a.jpg")')).toHaveLength(1);
    expect(findOutsidePaths("bench/run.ts", 'path.resolve(here, "../../elsewhere/a.jpg")')).toEqual([
      'bench/run.ts:1: "../../…" climbs above the repository root',
    ]);
  });

  it("accepts paths inside the repository, system tools and URL paths", () => {
    expect(findOutsidePaths("tests/integration/a.test.ts", 'import x from "../helpers/fixtures";')).toEqual(
      [],
    );
    expect(findOutsidePaths("tests/integration/a.test.ts", 'path.resolve(dir, "../../lib/db")')).toEqual([]);
    expect(findOutsidePaths("playwright.config.ts", 'executablePath: "/usr/bin/chromium"')).toEqual([]);
    expect(findOutsidePaths("app/x.ts", 'redirect("/admin/models/new")')).toEqual([]);
    expect(isCheckedSource("package-lock.json")).toBe(false);
    expect(isCheckedSource("tests/e2e/upload.spec.ts")).toBe(true);
  });

  describe("run as npm test runs it", () => {
    const planted = path.join(root, "tests/unit/planted-outside-path.tmp.ts");
    afterEach(() => rmSync(planted, { force: true }));

    const check = () =>
      execFileSync(process.execPath, ["scripts/check-repo-paths.mjs"], {
        cwd: root,
        encoding: "utf8",
        stdio: "pipe",
      });

    it("passes on the repository as it is and fails once a file refers to the shared folder", () => {
      expect(check()).toMatch(/No path outside the repository/);
      writeFileSync(planted, `export const photos = "../../${SHARED}/fixtures/images";\n`);
      let failure: { status?: number; stderr?: string } = {};
      try {
        check();
      } catch (error) {
        failure = error as typeof failure;
      }
      expect(failure.status).toBe(1);
      expect(failure.stderr).toContain(`tests/unit/planted-outside-path.tmp.ts:1: ${REFUSAL}`);
    });
  });
});
