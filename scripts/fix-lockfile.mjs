// Our npm registry serves only the Linux x64 builds of platform-specific optional packages, so npm
// leaves the others out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This adds a stub entry (version + os/cpu/libc, no tarball) for each left-out package: npm ci sees a
// complete lock and skips the stubs as meant for other platforms. Run after `npm install <pkg>`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "win32",
  "openharmony",
  "sunos",
  "aix",
  "netbsd",
  "openbsd",
];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  const libc = parts.some((part) => part.startsWith("musl"))
    ? "musl"
    : parts.includes("gnu")
      ? "glibc"
      : undefined;
  return { os, cpu, libc };
}

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[base] || lock.packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue;
    lock.packages[`node_modules/${name}`] = {
      version: version.replace(/^[\^~=]/, ""),
      optional: true,
      ...(os ? { os: [os] } : { os: ["none"] }),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added.push(name);
  }
}
if (process.argv.includes("--check")) {
  if (added.length) {
    console.error(
      `${file} lacks ${added.length} platform stub(s), so npm ci would refuse it: run npm run lock:fix.`,
    );
    process.exit(1);
  }
  process.exit(0);
}
if (added.length) writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(added.length ? `Added ${added.length} platform stub(s) to ${file}.` : `${file} is complete.`);
