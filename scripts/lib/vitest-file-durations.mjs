// A Vitest reporter that writes each test file's whole time (environment, setup file, import, hooks
// and tests) to test-results/vitest-<project>-durations.json: the JSON reporter counts tests only,
// so a slow beforeAll would not show there.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export default class FileDurationsReporter {
  onTestRunEnd(testModules) {
    const byProject = new Map();
    for (const testModule of testModules) {
      const d = testModule.diagnostic();
      const ms =
        d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration;
      const project = testModule.project.name || "default";
      const files = byProject.get(project) ?? [];
      files.push({ file: path.relative(process.cwd(), testModule.moduleId), ms: Math.round(ms) });
      byProject.set(project, files);
    }
    mkdirSync("test-results", { recursive: true });
    for (const [project, files] of byProject)
      writeFileSync(`test-results/vitest-${project}-durations.json`, `${JSON.stringify(files, null, 2)}\n`);
  }
}
