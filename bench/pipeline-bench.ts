// The media pipeline benchmark (issue 4). Imported by bench/run.ts after it has pointed DATABASE_URL at a
// throwaway database and STORAGE_DIR at a temporary folder, so nothing here touches real data.
import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import sharp from "sharp";
import { POST as uploadRoute } from "@/app/api/models/[slug]/media/route";
import { authSecret } from "@/lib/auth/auth-secret";
import { db } from "@/lib/db";
import { inngestHandler } from "@/inngest/serve";
import { startExecutor } from "@/lib/embedded-executor/start-executor";
import { deriveRevision, runInline } from "@/lib/media/derive/derive-revision";
import { deriveMediaAvif } from "@/lib/media/derive/derive-media-avif";
import { AVIF_EFFORT } from "@/lib/media/derive/encode-variant";
import { getStorage } from "@/lib/storage/get-storage";
import { originalKey } from "@/lib/storage/keys";
import { bareSharpVariants } from "./bare-sharp";

export type Stats = { median: number; p95: number; min: number; max: number; runs: number[] };

const round = (ms: number) => Math.round(ms);
function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return {
    median: round(median),
    p95: round(at(0.95)),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    runs: values.map(round),
  };
}

/** Peak resident memory of this process (the app: route, executor and sharp all run here), sampled every 20 ms. */
function memorySampler() {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = setInterval(sample, 20);
  return {
    reset: () => ((peak = 0), sample()),
    peakMb: () => (sample(), Math.round(peak / 1024 / 1024)),
    stop: () => clearInterval(timer),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

/** A copy of a JPEG with a comment segment after SOI: other bytes (another sha256), the very same pixels to process. */
export function distinctCopy(jpeg: Buffer, label: string): Buffer {
  const comment = Buffer.from(`phoenix4ge bench ${label}`, "latin1");
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(comment.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, comment, jpeg.subarray(2)]);
}

type Photo = { label: string; file: string; megapixels: number };

export async function runPipelineBench(options: {
  fixtures: string;
  workDir: string;
  runs: number;
  burst: number;
}) {
  const memory = memorySampler();
  const storage = getStorage();
  const photo12 = path.join(options.fixtures, "phone-gps.jpg");
  const photo24 = path.join(options.workDir, "generated-24mp.jpg");
  // A 24-megapixel camera-sized JPEG (6000x4000), generated from the 12 MP photo.
  await sharp(photo12).resize(6000, 4000, { fit: "fill" }).jpeg({ quality: 90 }).toFile(photo24);
  const photos: Photo[] = [
    { label: "phone-gps.jpg (12 MP)", file: photo12, megapixels: 12.3 },
    { label: "generated 24 MP", file: photo24, megapixels: 24 },
  ];

  const owner = await db.user.create({
    data: { email: `bench-${randomUUID()}@example.com`, name: "Bench", role: "OWNER", passwordHash: "-" },
  });
  const cookie = `authjs.session-token=${await encode({ token: { sub: owner.id }, secret: authSecret(), salt: "authjs.session-token" })}`;
  const model = await db.model.create({
    data: { slug: `bench-${Date.now().toString(36)}`, displayName: "Bench", watermarkText: "© phoenix4ge" },
  });

  // (a) the pipeline's own steps, called as process-media calls them (metadata, derive, save READY, clean up),
  // and (b) the bare sharp script on the same file; alternating, after a warm-up of each.
  const perPhoto = [];
  for (const photo of photos) {
    const bytes = await readFile(photo.file);
    // Each run processes a new photo, stored as the upload route stores it (not timed): a first
    // revision with nothing stale to clean up, as for every upload.
    const storeNewItem = async () => {
      const item = await db.mediaItem.create({
        data: {
          modelId: model.id,
          filename: path.basename(photo.file),
          originalKey: "pending",
          mime: "image/jpeg",
          bytes: bytes.length,
          sha256: randomUUID().replaceAll("-", "").padEnd(64, "0"),
        },
      });
      const key = originalKey(model.id, item.id, item.sha256, "jpg");
      await storage.put(key, bytes, { contentType: "image/jpeg" });
      await db.mediaItem.update({ where: { id: item.id }, data: { originalKey: key } });
      return item.id;
    };
    let itemId = "";
    const pipelineOnce = async () => {
      const outcome = await deriveRevision({ mediaId: itemId, bump: false, readMetadata: true }, runInline);
      if (!outcome.done) throw new Error(`derive skipped: ${outcome.reason}`);
      return outcome.derived.variants.length;
    };
    const bareOnce = (n: number) => bareSharpVariants(photo.file, path.join(options.workDir, `bare-${n}`));
    itemId = await storeNewItem();
    await pipelineOnce();
    await bareOnce(-1);
    const pipeline: number[] = [];
    const pipelineCpu: number[] = [];
    const bare: number[] = [];
    const bareCpu: number[] = [];
    let files = 0;
    for (let run = 0; run < options.runs; run++) {
      itemId = await storeNewItem();
      const p = await timed(pipelineOnce);
      pipeline.push(p.ms);
      pipelineCpu.push(p.cpuMs);
      files = p.value;
      const b = await timed(() => bareOnce(run));
      bare.push(b.ms);
      bareCpu.push(b.cpuMs);
      await rm(path.join(options.workDir, `bare-${run}`), { recursive: true, force: true });
    }
    const avif: number[] = [];
    for (let run = 0; run < Math.max(1, Math.ceil(options.runs / 2)); run++) {
      const { revision } = (await db.mediaItem.findUniqueOrThrow({ where: { id: itemId } }))!;
      avif.push((await timed(() => deriveMediaAvif(itemId, revision))).ms);
    }
    const pipelineStats = stats(pipeline);
    const bareStats = stats(bare);
    perPhoto.push({
      photo: photo.label,
      megapixels: photo.megapixels,
      variantFiles: files,
      pipelineMs: pipelineStats,
      pipelineCpuMs: stats(pipelineCpu),
      bareSharpMs: bareStats,
      bareSharpCpuMs: stats(bareCpu),
      ratio: Math.round((pipelineStats.median / bareStats.median) * 100) / 100,
      cpuRatio: Math.round((stats(pipelineCpu).median / stats(bareCpu).median) * 100) / 100,
      avifMs: { ...stats(avif), effort: AVIF_EFFORT },
    });
  }
  const peakStepsMb = memory.peakMb();

  // (d) through the real route and the embedded executor in this process: one 12 MP photo at a time
  // (upload-to-READY and upload-to-AVIF), then `burst` photos uploaded at once.
  const executor = await startExecutor({ handler: inngestHandler, pollIntervalMs: 100 });
  const jpeg12 = await readFile(photo12);
  const upload = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
    const response = await uploadRoute(
      new Request(`http://localhost/api/models/${model.slug}/media`, {
        method: "POST",
        body: form,
        headers: { cookie },
      }),
      { params: Promise.resolve({ slug: model.slug }) },
    );
    if (response.status !== 201)
      throw new Error(`upload answered ${response.status}: ${await response.text()}`);
    const { item } = (await response.json()) as { item: { id: string } };
    return { id: item.id, uploadedAt: Date.now() };
  };
  /** When the item became READY: `updatedAt` of the save step (nothing else updates it afterwards here). */
  const readyAt = async (ids: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await db.mediaItem.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, updatedAt: true, failureReason: true },
      });
      const failed = rows.find((r) => r.status === "FAILED");
      if (failed) throw new Error(`media ${failed.id} FAILED: ${failed.failureReason}`);
      if (rows.length === ids.length && rows.every((r) => r.status === "READY"))
        return new Map(rows.map((r) => [r.id, r.updatedAt.getTime()]));
      if (Date.now() > deadline) throw new Error(`not READY within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const avifAt = async (id: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const count = await db.mediaVariant.count({ where: { mediaId: id, format: "AVIF" } });
      if (count > 0) return Date.now();
      if (Date.now() > deadline) throw new Error(`no AVIF within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const single: number[] = [];
  const singleAvif: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    await executor.idle();
    const { id, uploadedAt } = await upload(distinctCopy(jpeg12, `single ${run}`), `single-${run}.jpg`);
    single.push((await readyAt([id], 120_000)).get(id)! - uploadedAt);
    singleAvif.push((await avifAt(id, 300_000)) - uploadedAt);
  }
  await executor.idle();

  memory.reset();
  const burstStart = Date.now();
  const uploads = await Promise.all(
    Array.from({ length: options.burst }, (_, n) =>
      upload(distinctCopy(jpeg12, `burst ${n}`), `burst-${n}.jpg`),
    ),
  );
  const uploadsDone = Date.now();
  const ready = await readyAt(
    uploads.map((u) => u.id),
    300_000,
  );
  const burst = uploads.map((u) => ready.get(u.id)! - u.uploadedAt);
  const allReadyMs = Math.max(...ready.values()) - burstStart;
  const peakBurstMb = memory.peakMb();
  await executor.idle();
  const peakWithAvifMb = memory.peakMb();
  await executor.stop();
  memory.stop();

  return {
    perPhoto,
    uploadToReady12mp: { ms: stats(single), avifJoinedMs: stats(singleAvif) },
    burst: {
      photos: options.burst,
      source: "phone-gps.jpg, each copy with a different JPEG comment (distinct sha256, same pixels)",
      uploadMs: uploadsDone - burstStart,
      uploadToReadyMs: stats(burst),
      allReadyAfterFirstByteMs: allReadyMs,
    },
    peakRssMb: { steps: peakStepsMb, burstUntilReady: peakBurstMb, burstIncludingAvif: peakWithAvifMb },
    machine: {
      cpus: os.cpus().length,
      // Other work on the machine stretches wall times (CPU times stay put): read the figures with it.
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
      // Moderation runs after each photo is READY, in the same process (the on-device classifier by default).
      moderationProvider: process.env.MODERATION_PROVIDER ?? "local",
    },
  };
}

export async function writeJson(file: string, value: unknown) {
  await writeFile(file, JSON.stringify(value, null, 2) + "\n");
}
