// The daily maintenance function: its cron fired by the real embedded executor (the schedule moved due
// instead of waiting for 03:17 UTC), against real MariaDB rows and real files whose ages are set with
// utimes, never waited for. Storage and the OS temp directory are this file's own.
import { afterAll, describe, expect, test, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("maintenance");
});

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pruneSignInAttempts } from "@/lib/auth/prune-sign-in-attempts";
import { SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { listRuns } from "@/lib/jobs/runs/list-runs";
import { defaultUploadTempDir } from "@/lib/media/intake/check-upload-stream";
import { removeOrphanOriginals } from "@/lib/media/cleanup/remove-orphan-originals";
import { removeStaleTempFiles } from "@/lib/media/cleanup/remove-stale-temp-files";
import { defaultWorkDir } from "@/lib/media/derive/with-original-file";
import { backfillPerceptualHashes } from "@/lib/media/similar/backfill-perceptual-hashes";
import { createModel } from "@/lib/models/create-model";
import { getStorage } from "@/lib/storage/get-storage";
import { moderationCopyKey, originalKey, variantKey, watermarkLogoKey } from "@/lib/storage/keys";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { makeUser } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { fixture } from "../helpers/fixtures";

const FUNCTION_ID = "phoenix4ge-daily-maintenance";
const HOUR = 60 * 60_000;
const sha = (char: string) => char.repeat(64);

let executor: Executor | undefined;
const scratch: string[] = [];

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

const storageRoot = () => path.resolve(config().STORAGE_DIR);

/** Sets a file's modification time `ms` in the past. */
async function age(file: string, ms: number): Promise<void> {
  const when = new Date(Date.now() - ms);
  await utimes(file, when, when);
}

/** Stores `key` through the real driver and backdates it. */
async function stored(key: string, ageMs: number): Promise<string> {
  await getStorage().put(key, Buffer.from(key), { contentType: "image/jpeg" });
  await age(path.join(storageRoot(), key), ageMs);
  return key;
}

async function tempFile(dir: string, name: string, ageMs: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, "partial");
  await age(file, ageMs);
  return file;
}

const exists = (key: string) => existsSync(path.join(storageRoot(), key));

describe("daily maintenance", () => {
  // First, while the database has no media rows at all.
  test("refuses to remove originals when the database has no media at all", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "p4g-maintenance-empty-"));
    scratch.push(root);
    const storage = createLocalStorage({ root });
    const key = originalKey("model0", "media0", sha("0"), "jpg");
    await storage.put(key, Buffer.from("original"), { contentType: "image/jpeg" });
    await age(path.join(root, key), 2 * HOUR);

    expect(await removeOrphanOriginals({ storage })).toEqual({
      removed: 0,
      skipped: "no media rows at all",
    });
    expect(await storage.exists(key)).toBe(true);
  });

  test("the cron run prunes old sign-in attempts, orphan originals and stale temp files, and nothing else", async () => {
    const owner = await makeUser("OWNER");
    const model = await createModel(owner, { slug: "maintained", displayName: "Maintained" });
    const media = (id: string, key: string, sha256: string, deletedAt: Date | null = null) =>
      db.mediaItem.create({
        data: {
          id,
          modelId: model.id,
          filename: `${id}.jpg`,
          originalKey: key,
          mime: "image/jpeg",
          bytes: 8,
          sha256,
          deletedAt,
        },
      });

    // Originals: referenced ones stay whatever their age, also when the row is soft-deleted or the
    // key names another id; unreferenced ones go once they are an hour old.
    const referenced = await stored(originalKey(model.id, "mediakept", sha("a"), "jpg"), 2 * HOUR);
    await media("mediakept", referenced, sha("a"));
    const softDeleted = await stored(originalKey(model.id, "mediagone", sha("b"), "jpg"), 2 * HOUR);
    await media("mediagone", softDeleted, sha("b"), new Date());
    const underOtherId = await stored(originalKey(model.id, "mediaother", sha("c"), "png"), 2 * HOUR);
    await media("mediarow", underOtherId, sha("c"));
    const oldOrphan = await stored(originalKey(model.id, "mediacrashed", sha("d"), "jpg"), 2 * HOUR);
    // Same id as a row, but the row references a different file: this one is unreferenced.
    const replaced = await stored(originalKey(model.id, "mediakept", sha("e"), "jpg"), 2 * HOUR);
    const freshOrphan = await stored(originalKey(model.id, "mediainflight", sha("f"), "jpg"), 10 * 60_000);
    // In the trash longer than TRASH_RETENTION_DAYS (30): purged, files and row.
    const purgedOriginal = await stored(originalKey(model.id, "mediapurged", sha("9"), "jpg"), 2 * HOUR);
    const purgedVariant = await stored(variantKey("mediapurged", 1, "w640", "jpg"), 2 * HOUR);
    await media("mediapurged", purgedOriginal, sha("9"), new Date(Date.now() - 31 * 24 * HOUR));

    // A photo processed before perceptual hashes existed: the run hashes it from its original.
    const hashless = originalKey(model.id, "mediahashless", sha("h"), "jpg");
    await getStorage().put(hashless, await readFile(fixture("door-knocker.jpg")), {
      contentType: "image/jpeg",
    });
    await db.mediaItem.create({
      data: {
        id: "mediahashless",
        modelId: model.id,
        filename: "old.jpg",
        originalKey: hashless,
        mime: "image/jpeg",
        bytes: 8,
        sha256: sha("h"),
        status: "READY",
      },
    });

    // Never originals: old, and without any row, yet never touched.
    const untouched = [
      await stored(variantKey("mediacrashed", 1, "w640", "jpg"), 2 * HOUR),
      await stored(variantKey("mediakept", 1, "thumb", "webp"), 2 * HOUR),
      await stored(watermarkLogoKey(model.id, sha("1"), "png"), 2 * HOUR),
      await stored(moderationCopyKey("mediacrashed", 1), 2 * HOUR),
      // Under originals/, but not a key `originalKey` builds.
      await stored("originals/notes.txt", 2 * HOUR),
    ];

    // Sign-in attempts: the slow-down only looks inside its window.
    const windowMs = SIGN_IN_THROTTLE.windowMinutes * 60_000;
    const attempt = (key: string, agoMs: number) => ({ key, createdAt: new Date(Date.now() - agoMs) });
    await db.signInAttempt.createMany({
      data: [
        attempt("account:old@example.com", 24 * HOUR),
        attempt("ip:203.0.113.9", windowMs + 60_000),
        attempt("account:recent@example.com", windowMs + 60_000),
        attempt("account:recent@example.com", 60_000),
        attempt("ip:203.0.113.9", 60_000),
      ],
    });

    // Temporary files: streamed uploads, working copies, the local driver's staging folder.
    const staging = path.join(storageRoot(), ".tmp");
    const staleTemp = [
      await tempFile(defaultUploadTempDir(), "stale.upload", 2 * HOUR),
      await tempFile(defaultWorkDir(), "stale.jpg", 2 * HOUR),
      await tempFile(staging, "stale.part", 2 * HOUR),
    ];
    const freshTemp = [
      await tempFile(defaultUploadTempDir(), "fresh.upload", 5 * 60_000),
      await tempFile(staging, "fresh.part", 0),
    ];

    executor = await startTestExecutor({ pollIntervalMs: 100 });
    const schedule = await db.jobCron.findUnique({ where: { functionId: FUNCTION_ID } });
    expect(schedule?.expression).toBe("TZ=UTC 17 3 * * *");
    // Make today's tick due now rather than at 03:17 UTC.
    await db.jobCron.update({
      where: { functionId: FUNCTION_ID },
      data: { nextRunAt: new Date(Date.now() - 1000) },
    });
    executor.kick();

    const run = await eventually(
      () =>
        db.jobRun.findFirst({
          where: { functionId: FUNCTION_ID, status: { in: ["COMPLETED", "FAILED"] } },
          include: { stepLogs: { orderBy: { startedAt: "asc" } } },
        }),
      "the daily maintenance run to finish",
    );
    expect(run.error).toBeNull();
    expect(run.status).toBe("COMPLETED");
    expect(run.eventName).toBe("inngest/scheduled.timer");
    expect(JSON.parse(run.output ?? "null")).toEqual({
      signInAttempts: 3,
      purgedFromTrash: 1,
      orphanOriginals: 2,
      tempFiles: 3,
      phashBackfill: { hashed: 1, failed: 0 },
    });
    expect(run.stepLogs.map((log) => [log.name, log.op])).toEqual([
      ["prune-sign-in-attempts", "StepRun"],
      ["purge-trash", "StepRun"],
      ["remove-orphan-originals", "StepRun"],
      ["remove-stale-temp-files", "StepRun"],
      ["backfill-phash-1", "StepRun"],
    ]);
    const hashed = await db.mediaItem.findUniqueOrThrow({ where: { id: "mediahashless" } });
    expect(hashed.phash).not.toBeNull();

    expect(exists(oldOrphan)).toBe(false);
    expect(exists(purgedOriginal)).toBe(false);
    expect(exists(purgedVariant)).toBe(false);
    expect(await db.mediaItem.findUnique({ where: { id: "mediapurged" } })).toBeNull();
    expect(exists(replaced)).toBe(false);
    for (const key of [referenced, softDeleted, underOtherId, freshOrphan, ...untouched])
      expect(exists(key), key).toBe(true);

    const left = await db.signInAttempt.findMany({ orderBy: { key: "asc" } });
    expect(left.map((row) => row.key)).toEqual(["account:recent@example.com", "ip:203.0.113.9"]);

    for (const file of staleTemp) expect(existsSync(file), file).toBe(false);
    for (const file of freshTemp) expect(existsSync(file), file).toBe(true);

    // The admin Jobs page lists runs by function, with no per-function list to update.
    const runs = await listRuns(owner);
    expect(runs).toContainEqual(
      expect.objectContaining({ id: run.id, functionName: "daily-maintenance", status: "COMPLETED" }),
    );
  });

  test("each step run again finds nothing more to do", async () => {
    expect(await pruneSignInAttempts()).toBe(0);
    expect(await removeOrphanOriginals()).toEqual({ removed: 0 });
    expect(await removeStaleTempFiles()).toBe(0);
    expect(await backfillPerceptualHashes({ limit: 100 })).toMatchObject({ seen: 0, hashed: 0 });
  });

  test("a storage driver that cannot list is skipped, with nothing removed", async () => {
    const orphan = await stored(originalKey("modelx", "medialost", sha("9"), "jpg"), 2 * HOUR);
    const { list: _list, ...unlistable } = getStorage();
    expect(await removeOrphanOriginals({ storage: unlistable })).toEqual({
      removed: 0,
      skipped: "the local storage driver cannot list files",
    });
    expect(exists(orphan)).toBe(true);
  });
});
