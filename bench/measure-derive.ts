// Quick measurement of one photo through the media pipeline functions (no app, no database):
// `npx tsx bench/measure-derive.ts [photo] [runs]`. The full `npm run bench` harness builds on this.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fixture } from "../tests/helpers/fixtures";
import { deriveAvifVariants } from "@/lib/media/derive/derive-avif-variants";
import { deriveVariants } from "@/lib/media/derive/derive-variants";
import { AVIF_EFFORT } from "@/lib/media/derive/encode-variant";
import { createLocalStorage } from "@/lib/storage/local-storage";

const photo = process.argv[2] ?? fixture("phone-gps.jpg");
const runs = Number(process.argv[3] ?? 5);
const watermark = {
  kind: "TEXT" as const,
  text: "© phoenix4ge",
  position: "BOTTOM_RIGHT" as const,
  opacity: 0.5,
  scale: 0.2,
  margin: 0.02,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu: Record<string, number[]> = { jpegWebp: [], avif: [] };
async function time<T>(label: string, fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(cpuStart);
  cpu[label]!.push((used.user + used.system) / 1000);
  return [performance.now() - start, result];
}

const root = await mkdtemp(path.join(os.tmpdir(), "p4g-measure-"));
const storage = createLocalStorage({ root });
const input = { revision: 1, source: photo, mime: "image/jpeg", storage, watermark };
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);

try {
  await deriveVariants({ ...input, mediaId: "warmup" });
  const jpegWebp: number[] = [];
  let summary = "";
  for (let i = 0; i < runs; i++) {
    const [ms, result] = await time("jpegWebp", () => deriveVariants({ ...input, mediaId: `run${i}` }));
    jpegWebp.push(ms);
    summary = `${result.variants.length} files, ${Math.round(result.variants.reduce((s, v) => s + v.bytes, 0) / 1024)} KB`;
  }
  const avif: number[] = [];
  let avifSummary = "";
  for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
    const [ms, variants] = await time("avif", () => deriveAvifVariants({ ...input, mediaId: `run${i}` }));
    avif.push(ms);
    avifSummary = `${variants.length} files, ${Math.round(variants.reduce((s, v) => s + v.bytes, 0) / 1024)} KB`;
  }
  console.log(
    `photo: ${path.basename(photo)}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `JPEG+WebP all widths + thumb + placeholder + watermark: median ${median(jpegWebp).toFixed(0)} ms of [${jpegWebp.map((x) => x.toFixed(0)).join(", ")}] (${summary})`,
  );
  console.log(
    `AVIF effort ${AVIF_EFFORT}, all widths + thumb: median ${median(avif).toFixed(0)} ms of [${avif.map((x) => x.toFixed(0)).join(", ")}] (${avifSummary})`,
  );
  // CPU time does not grow when other processes share the machine; wall time does.
  console.log(
    `CPU time (all threads): JPEG+WebP median ${median(cpu.jpegWebp!).toFixed(0)} ms, AVIF median ${median(cpu.avif!).toFixed(0)} ms`,
  );
  console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
} finally {
  clearInterval(sampler);
  await rm(root, { recursive: true, force: true });
}
