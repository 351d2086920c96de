// `npm test`'s lint stage: fails when a source file refers to the shared folder beside the
// repository or to any other path outside the project.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { findOutsidePaths, isCheckedSource } from "./lib/find-outside-paths.mjs";

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  encoding: "utf8",
})
  .split("\n")
  .filter(isCheckedSource);
const findings = files.flatMap((file) => {
  try {
    return findOutsidePaths(file, readFileSync(file, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return []; // deleted in the work tree, not yet committed
    throw error;
  }
});
if (findings.length) {
  console.error(`Paths outside the repository:\n${findings.join("\n")}`);
  process.exit(1);
}
console.log(`No path outside the repository in ${files.length} source files.`);
