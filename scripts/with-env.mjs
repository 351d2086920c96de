// Runs a command with the project's environment (see scripts/lib/env.mjs), after checking MySQL.
import { spawn } from "node:child_process";
import { assertDatabaseReachable, loadEnv } from "./lib/env.mjs";

loadEnv();
await assertDatabaseReachable();
const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, {
  stdio: "inherit",
  env: process.env,
  shell: process.platform === "win32",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
