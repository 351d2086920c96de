// Uploads through the real route, processed by the real process-media and derive-avif functions in the
// embedded executor (real Inngest serve handler, MariaDB, sharp, files), then read back through the
// Media API and the files route, as staff and as the public.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  // This file checks the AVIF variants, which the test run otherwise leaves out.
  isolateEnv("media-pipeline", { unset: ["MEDIA_MAX_FILE_SIZE"], set: { MEDIA_AVIF: "on" } });
});

import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { createModel } from "@/lib/models/create-model";
import { getStorage } from "@/lib/storage/get-storage";
import { setModelMembers } from "@/lib/models/set-model-members";
import { failNextWriteOnce } from "../helpers/fail-once";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { fetchVariant, fixture, getItem, itemReaching, storedFiles, upload } from "./media-upload-helpers";

let executor: Executor;
let owner: StaffUser;
const cookies = {} as Record<"editor" | "otherEditor", string>;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const [editor, otherEditor] = await Promise.all([
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
  ]);
  await createModel(owner, { slug: "studio", displayName: "Studio", published: true });
  await createModel(owner, { slug: "elsewhere", displayName: "Elsewhere" });
  await setModelMembers(owner, "studio", { userIds: [editor.id] });
  await setModelMembers(owner, "elsewhere", { userIds: [otherEditor.id] });
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });
});

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

async function uploadFixture(name: string): Promise<MediaDto> {
  const { status, body } = await upload("studio", { name, bytes: await fixture(name) }, cookies.editor);
  expect(body.error).toBeUndefined();
  expect(status).toBe(201);
  return body.item!;
}

const readyItem = async (id: string) => {
  await itemReaching(id, ["READY", "FAILED"]);
  return (await getItem("studio", id, cookies.editor)).body;
};

/** Waits until the AVIF variants joined the item's srcset (AVIF runs one photo at a time, after the others). */
const withAvif = (id: string) =>
  eventually(
    async () => {
      const item = (await getItem("studio", id, cookies.editor)).body;
      return item.variants.some((v) => v.format === "AVIF") ? item : null;
    },
    `AVIF variants of ${id}`,
    400_000,
  );

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const approve = (id: string) =>
  db.mediaItem.update({ where: { id }, data: { moderationStatus: "APPROVED" } });

describe("orientation", () => {
  it("turns every EXIF orientation into upright 1800x1200 variants", async () => {
    const names = Array.from({ length: 9 }, (_, n) => `orientation-landscape-${n}.jpg`);
    const uploaded = await Promise.all(names.map(uploadFixture));
    for (const { id } of uploaded) {
      const item = await readyItem(id);
      expect(item.status).toBe("READY");
      expect([item.width, item.height]).toEqual([1800, 1200]);
      const display = item.variants.filter((v) => v.kind === "DISPLAY");
      for (const format of ["JPEG", "WEBP"] as const) {
        expect(display.filter((v) => v.format === format).map((v) => v.width)).toEqual([
          320, 640, 960, 1280, 1800,
        ]);
      }
      for (const v of display) expect(Math.abs(v.height - (v.width * 2) / 3)).toBeLessThanOrEqual(1);
      expect(
        item.variants.filter((v) => v.kind === "THUMB").map((v) => [v.format, v.width, v.height]),
      ).toEqual([
        ["JPEG", 400, 400],
        ["WEBP", 400, 400],
      ]);
      expect(item.placeholder).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(item.dominantColor).toMatch(/^#[0-9a-f]{6}$/);

      // The served bytes are upright themselves, with no orientation tag left to apply.
      const largest = display.find((v) => v.format === "JPEG" && v.width === 1800)!;
      const response = await fetchVariant(largest.url, { cookie: cookies.editor });
      expect(response.status).toBe(200);
      const meta = await sharp(await bytesOf(response)).metadata();
      expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([1800, 1200, 1]);
    }
  }, 180_000);
});

describe("metadata stays with staff", () => {
  async function expectNoGpsInAnyVariant(item: MediaDto) {
    expect(item.variants.length).toBeGreaterThan(0);
    for (const variant of item.variants) {
      const response = await fetchVariant(variant.url);
      expect(response.status).toBe(200);
      const bytes = await bytesOf(response);
      const parsed = await exifr
        .parse(bytes, { gps: true, tiff: true, exif: true, xmp: true })
        .catch(() => undefined);
      expect(parsed?.latitude, `${variant.url} carries GPS`).toBeUndefined();
      expect(parsed?.GPSLatitude, `${variant.url} carries GPS`).toBeUndefined();
      expect(bytes.includes(Buffer.from("Exif\0\0")), `${variant.url} carries EXIF`).toBe(false);
    }
  }

  it("phone-gps.jpg: GPS and camera in the staff metadata, in no public variant (JPEG, WebP, AVIF)", async () => {
    const { id } = await uploadFixture("phone-gps.jpg");
    const item = await readyItem(id);
    expect(item.status).toBe("READY");
    expect([item.width, item.height]).toEqual([4048, 3036]);
    expect(item.metadata?.gps?.latitude).toBeCloseTo(50.2996, 3);
    expect(item.metadata?.gps?.longitude).toBeCloseTo(14.8203, 3);
    expect(item.metadata?.camera).toBeTruthy();
    expect(item.metadata?.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await approve(id);
    const withAvifVariants = await withAvif(id);
    expect(
      withAvifVariants.variants.filter((v) => v.format === "AVIF").map((v) => [v.kind, v.width]),
    ).toEqual([...[320, 640, 960, 1280, 1920, 2560].map((width) => ["DISPLAY", width]), ["THUMB", 400]]);
    await expectNoGpsInAnyVariant(withAvifVariants);
  }, 500_000);

  it("png-with-gps.png: GPS in the staff metadata, in no public variant", async () => {
    const { id } = await uploadFixture("png-with-gps.png");
    const item = await readyItem(id);
    expect(item.status).toBe("READY");
    expect(item.metadata?.gps).not.toBeNull();
    await approve(id);
    await expectNoGpsInAnyVariant((await getItem("studio", id, cookies.editor)).body);
  });
});

describe("formats and damaged files", () => {
  it("processes single.heic (HEVC) into upright variants", async () => {
    const { id } = await uploadFixture("single.heic");
    const item = await readyItem(id);
    expect(item.status).toBe("READY");
    expect([item.width, item.height]).toEqual([1440, 960]);
    expect(
      item.variants.filter((v) => v.format === "WEBP" && v.kind === "DISPLAY").map((v) => v.width),
    ).toEqual([320, 640, 960, 1280, 1440]);
  });

  it("processes broken.jpg, whose corrupt data still decodes (with warnings), into variants", async () => {
    const { id } = await uploadFixture("broken.jpg");
    const item = await readyItem(id);
    expect(item.status).toBe("READY");
    expect([item.width, item.height]).toEqual([600, 900]);
    expect(item.failureReason).toBeNull();
    expect(
      item.variants.filter((v) => v.format === "JPEG" && v.kind === "DISPLAY").map((v) => v.width),
    ).toEqual([320, 600]);
  });

  it("an original damaged in storage ends FAILED with the reason, and the API keeps answering", async () => {
    // Processing waits until the stored original is cut short, as a disk fault would leave it.
    await executor.stop();
    // A photo of its own (the same bytes twice would be refused as a duplicate).
    const bytes = await sharp({
      create: {
        width: 640,
        height: 480,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    const { status, body } = await upload("studio", { name: "damaged.jpg", bytes }, cookies.editor);
    expect(status).toBe(201);
    const { id } = body.item!;
    const { originalKey } = await db.mediaItem.findUniqueOrThrow({ where: { id } });
    const original = path.join(path.resolve(config().STORAGE_DIR), originalKey);
    await writeFile(original, (await readFile(original)).subarray(0, Math.floor(bytes.length / 2)));
    executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });

    const item = await readyItem(id);
    expect(item.status).toBe("FAILED");
    expect(item.failureReason).toMatch(/^The image could not be decoded \(.+\)\.$/);
    expect(item.variants).toEqual([]);
    expect(await storedFiles(path.dirname(originalKey))).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries a step that failed once and ends with exactly one set of variants", async () => {
    const bytes = await fixture("door-knocker.jpg");
    const sha = createHash("sha256").update(bytes).digest("hex");
    // The first public variant this photo's derive writes fails; the step's retry must finish the job.
    const restore = failNextWriteOnce(getStorage(), async (key) => {
      const [area, mediaId] = key.split("/");
      if (area !== "public" || !mediaId) return false;
      const row = await db.mediaItem.findUnique({ where: { id: mediaId }, select: { sha256: true } });
      return row?.sha256 === sha;
    });
    try {
      const { id } = await uploadFixture("door-knocker.jpg");
      const item = await readyItem(id);
      expect(item.status).toBe("READY");

      const run = await eventually(
        () =>
          db.jobRun.findFirst({
            where: {
              eventId: id,
              functionId: "phoenix4ge-process-media",
              status: { in: ["COMPLETED", "FAILED"] },
            },
            include: { stepLogs: true },
          }),
        "the process-media run to finish",
      );
      expect(run.status).toBe("COMPLETED");
      const deriveLogs = run.stepLogs.filter((log) => log.name === "derive-variants");
      expect(deriveLogs.map((log) => log.op)).toEqual(["StepError", "StepRun"]);
      expect(deriveLogs[0]!.error).toContain("test-only failure injected once");

      const done = await withAvif(id);
      await executor.idle();
      const rows = await db.mediaVariant.findMany({ where: { mediaId: id } });
      const combos = rows.map((v) => `${v.kind}/${v.format}/${v.width}`);
      expect(new Set(combos).size).toBe(combos.length);
      // 800 px wide: 320, 640, 800 and the thumbnail, in three formats.
      expect(rows).toHaveLength(12);
      expect(done.variants).toHaveLength(12);
      expect((await storedFiles(`public/${id}`)).map((file) => `public/${id}/${file}`).sort()).toEqual(
        rows.map((v) => v.storageKey).sort(),
      );
    } finally {
      restore();
    }
  }, 500_000);
});

describe("who may fetch a variant", () => {
  let item: MediaDto;

  beforeAll(async () => {
    const { id } = await uploadFixture("orientation-landscape-2.jpg").catch(async () => {
      // Uploaded already by the orientation test: use that one.
      const row = await db.mediaItem.findFirstOrThrow({ where: { filename: "orientation-landscape-2.jpg" } });
      return { id: row.id };
    });
    item = await readyItem(id);
    await db.mediaItem.update({ where: { id }, data: { moderationStatus: "PENDING" } });
  });

  it("answers 404 to the public for a PENDING photo, 200 uncached to its staff, 404 to other staff", async () => {
    const variant = item.variants.find((v) => v.format === "WEBP" && v.width === 640)!;
    const anonymous = await fetchVariant(variant.url);
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get("cache-control")).toBe("no-store");

    const staff = await fetchVariant(variant.url, { cookie: cookies.editor });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("cache-control")).toBe("private, no-store");
    expect(staff.headers.get("content-type")).toBe("image/webp");
    expect((await bytesOf(staff)).length).toBe(variant.bytes);

    expect((await fetchVariant(variant.url, { cookie: cookies.otherEditor })).status).toBe(404);
  });

  it("serves an APPROVED photo's variants to everyone, immutable for browsers, briefly cached by CDNs, with a strong ETag and 304", async () => {
    await approve(item.id);
    const variant = item.variants.find((v) => v.format === "JPEG" && v.width === 960)!;
    const response = await fetchVariant(variant.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("cdn-cache-control")).toBe("public, max-age=300, must-revalidate");
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-length")).toBe(String(variant.bytes));
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await bytesOf(response)).length).toBe(variant.bytes);

    const again = await fetchVariant(variant.url, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect((await bytesOf(again)).length).toBe(0);
  });

  it("answers 404 once the photo is deleted, and for URLs that name no variant", async () => {
    const variant = item.variants.find((v) => v.format === "JPEG" && v.width === 320)!;
    await db.mediaItem.update({ where: { id: item.id }, data: { deletedAt: new Date() } });
    try {
      expect((await fetchVariant(variant.url)).status).toBe(404);
    } finally {
      await db.mediaItem.update({ where: { id: item.id }, data: { deletedAt: null } });
    }
    const original = await db.mediaItem.findUniqueOrThrow({ where: { id: item.id } });
    for (const url of [
      variant.url.replace(/\/\d+\//, "/99/"),
      variant.url.replace(/w320\.jpg$/, "w321.jpg"),
      `/api/files/${item.id}/1/..%2F..%2F${original.originalKey.replaceAll("/", "%2F")}`,
    ]) {
      expect((await fetchVariant(url, { cookie: cookies.editor })).status, url).toBe(404);
    }
  });
});
