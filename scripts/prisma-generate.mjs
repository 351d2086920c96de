// Runs `prisma generate` where Prisma's schema engine binary cannot be downloaded: with
// PRISMA_SCHEMA_ENGINE_BINARY pointing at any executable the CLI skips the download, and generate
// never runs it. Node itself is an executable that exists on every machine.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const engines = "node_modules/@prisma/engines";
  const shipped = existsSync(engines) && readdirSync(engines).find((f) => f.startsWith("schema-engine"));
  env.PRISMA_SCHEMA_ENGINE_BINARY = shipped ? `${engines}/${shipped}` : process.execPath;
}
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: ["ignore", "pipe", "inherit"],
  env,
});
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? "");
  process.exit(result.status ?? 1);
}
