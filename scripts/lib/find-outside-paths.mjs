// Finds source lines that reach outside the repository: a clone anywhere must work on its own.
import path from "node:path";

const SOURCE = /\.(c|m)?(t|j)sx?$|\.json$|\.sh$|(^|\/)\.ci\/run$/;
// The check and its test name the forbidden paths on purpose.
const SKIP =
  /^(package-lock\.json|tests\/fixtures\/|bench\/results\/|lib\/generated\/|scripts\/check-repo-paths\.mjs|scripts\/lib\/find-outside-paths\.mjs|tests\/unit\/repo-paths-check\.test\.ts)/;
// Absolute folders that hold people's or machines' files, never this project's.
const FOREIGN_ROOT = /["'`](\/(?:work|home|Users|root|mnt|srv|opt|var\/lib)\/[^"'`]*)["'`]/g;
const CLIMB = /["'`]((?:\.\.\/)+)[^"'`]*["'`]/g;

/** Whether `file` (a path relative to the repository root) is source this check reads. */
export const isCheckedSource = (file) => SOURCE.test(file) && !SKIP.test(file);

/**
 * Returns one finding per offending line of `text`, the content of `file` (relative to the root):
 * a mention of the shared folder beside the repository, an absolute path into a folder outside the project, or a relative
 * literal that climbs above the repository root from the file's own folder.
 */
export function findOutsidePaths(file, text) {
  const depth = path.posix.dirname(file) === "." ? 0 : path.posix.dirname(file).split("/").length;
  const findings = [];
  text.split("\n").forEach((line, index) => {
    const at = `${file}:${index + 1}`;
    if (/\.\.\/shared\b|(^|[^\w-])shared\/fixtures\b/.test(line)) {
      findings.push(
        `${at}: refers to the shared folder beside the repository, which a clone elsewhere does not have`,
      );
      return;
    }
    for (const match of line.matchAll(FOREIGN_ROOT)) {
      findings.push(`${at}: absolute path outside the project (${match[1]})`);
    }
    for (const match of line.matchAll(CLIMB)) {
      const ups = match[1].length / 3;
      if (ups > depth) findings.push(`${at}: "${match[1]}…" climbs above the repository root`);
    }
  });
  return findings;
}
