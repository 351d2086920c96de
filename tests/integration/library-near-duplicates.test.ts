// Near-duplicates on real photos: uploads through the real route, processed by the real process-media
// function in the embedded executor (sharp, MariaDB, files), then read through the similar and
// duplicates routes and the library filter. The copies are made with sharp here: a resized one, a
// re-encoded one (WebP, then JPEG at a lower quality) and one with 4% cropped off an edge.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("near-duplicates");
});

import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { GET as duplicatesRoute } from "@/app/api/models/[slug]/duplicates/route";
import { GET as similarRoute } from "@/app/api/models/[slug]/media/[id]/similar/route";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { inngest } from "@/lib/jobs/client";
import { mediaReprocess } from "@/lib/jobs/events";
import { deriveRevision, runInline } from "@/lib/media/derive/derive-revision";
import type { SimilarMediaDto } from "@/lib/media/similar/list-similar-media";
import { mediaFilterSchema } from "@/lib/media/library/media-query";
import { mediaWhere } from "@/lib/media/library/media-where";
import { backfillPerceptualHashes } from "@/lib/media/similar/backfill-perceptual-hashes";
import { NEAR_DUPLICATE_MAX_DISTANCE } from "@/lib/media/similar/near-duplicate-max-distance";
import { columnToHash, hammingDistance } from "@/lib/media/similar/perceptual-hash";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { fixture, itemReaching, upload } from "./media-upload-helpers";

let executor: Executor;
const cookies = {} as Record<"editor" | "viewer" | "otherEditor", string>;
const ids = {} as Record<"base" | "resized" | "reencoded" | "cropped" | "unrelated", string>;

type Groups = { groups: { items: SimilarMediaDto[] }[]; total: number; truncated: boolean };

async function similar(id: string, cookie = cookies.editor, slug = "studio") {
  const response = await similarRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}/similar`, { headers: { cookie } }),
    { params: Promise.resolve({ slug, id }) },
  );
  return { status: response.status, body: (await response.json()) as { items: SimilarMediaDto[] } };
}

async function duplicates(cookie = cookies.editor, slug = "studio") {
  const response = await duplicatesRoute(
    new Request(`${ORIGIN}/api/models/${slug}/duplicates`, { headers: { cookie } }),
    { params: Promise.resolve({ slug }) },
  );
  return { status: response.status, body: (await response.json()) as Groups };
}

async function uploadReady(name: string, bytes: Uint8Array): Promise<string> {
  const { status, body } = await upload("studio", { name, bytes }, cookies.editor);
  expect(body.error).toBeUndefined();
  expect(status).toBe(201);
  const item = await itemReaching(body.item!.id, ["READY", "FAILED"]);
  expect(item.status).toBe("READY");
  return item.id;
}

const phashOf = async (id: string) =>
  (await db.mediaItem.findUniqueOrThrow({ where: { id }, select: { phash: true } })).phash;
/** The ids the library filter `query` matches in the model (through `mediaWhere`, as the list routes do). */
async function filtered(query: Record<string, string>): Promise<string[]> {
  const { modelId } = await db.mediaItem.findUniqueOrThrow({ where: { id: ids.base } });
  const items = await db.mediaItem.findMany({
    where: mediaWhere(modelId, mediaFilterSchema.parse(query)),
    select: { id: true },
  });
  return items.map((i) => i.id).sort();
}

const trash = (id: string) => db.mediaItem.update({ where: { id }, data: { deletedAt: new Date() } });
const restore = (id: string) => db.mediaItem.update({ where: { id }, data: { deletedAt: null } });

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const [editor, viewer, otherEditor] = await Promise.all([
    makeUser("EDITOR", "editor-a"),
    makeUser("VIEWER", "viewer-a"),
    makeUser("EDITOR", "editor-b"),
  ]);
  await createModel(owner, { slug: "studio", displayName: "Studio" });
  await createModel(owner, { slug: "elsewhere", displayName: "Elsewhere" });
  await setModelMembers(owner, "studio", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "elsewhere", { userIds: [otherEditor.id] });
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });

  const original = await fixture("door-knocker.jpg");
  const { width, height } = await sharp(original).autoOrient().metadata();
  ids.base = await uploadReady("knocker.jpg", original);
  // The copies are processed side by side: whichever is hashed last links each pair.
  [ids.resized, ids.reencoded, ids.cropped, ids.unrelated] = await Promise.all([
    sharp(original)
      .autoOrient()
      .resize({ width: Math.round(width / 2) })
      .jpeg({ quality: 85 })
      .toBuffer()
      .then((bytes) => uploadReady("knocker-small.jpg", bytes)),
    sharp(original)
      .autoOrient()
      .webp({ quality: 50 })
      .toBuffer()
      .then((webp) => sharp(webp).jpeg({ quality: 40 }).toBuffer())
      .then((bytes) => uploadReady("knocker-export.jpg", bytes)),
    sharp(original)
      .autoOrient()
      .extract({ left: 0, top: 0, width: Math.round(width * 0.96), height })
      .jpeg({ quality: 90 })
      .toBuffer()
      .then((bytes) => uploadReady("knocker-cropped.jpg", bytes)),
    fixture("orientation-landscape-1.jpg").then((bytes) => uploadReady("landscape.jpg", bytes)),
  ]);
}, 240_000);

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

describe("similar photos", () => {
  it("finds the resized, re-encoded and cropped copies, nearest first, and not the unrelated photo", async () => {
    const { status, body } = await similar(ids.base);
    expect(status).toBe(200);
    expect(body.items.map((i) => i.id).sort()).toEqual([ids.resized, ids.reencoded, ids.cropped].sort());
    const distances = body.items.map((i) => i.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const item of body.items) {
      expect(item.distance).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_DISTANCE);
      expect(item).toMatchObject({ modelSlug: "studio", status: "READY" });
      expect(item.variants.length).toBeGreaterThan(0);
    }
    // Resizing and re-encoding barely move the hash; the crop moves it more.
    const distanceOf = (id: string) => body.items.find((i) => i.id === id)!.distance;
    expect(distanceOf(ids.resized)).toBeLessThanOrEqual(2);
    expect(distanceOf(ids.reencoded)).toBeLessThanOrEqual(2);
    expect(distanceOf(ids.cropped)).toBeLessThanOrEqual(8);

    // Both directions are recorded: each copy finds the original (and the other copies).
    expect((await similar(ids.cropped)).body.items.map((i) => i.id)).toContain(ids.base);
    expect((await similar(ids.unrelated)).body.items).toEqual([]);
  });

  it("stores the hash of the upright picture, far from the unrelated photo's", async () => {
    const [base, unrelated] = await Promise.all([phashOf(ids.base), phashOf(ids.unrelated)]);
    expect(base).not.toBeNull();
    expect(unrelated).not.toBeNull();
    expect(hammingDistance(columnToHash(base!), columnToHash(unrelated!))).toBeGreaterThan(
      NEAR_DUPLICATE_MAX_DISTANCE + 5,
    );
  });

  it("answers viewers of the model, 404 to another model's staff and for another model's slug, 401 signed out", async () => {
    expect((await similar(ids.base, cookies.viewer)).status).toBe(200);
    const other = await similar(ids.base, cookies.otherEditor);
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ error: { code: "not_found" } });
    expect((await similar(ids.base, cookies.otherEditor, "elsewhere")).status).toBe(404);
    expect((await duplicates(cookies.otherEditor)).status).toBe(404);
    expect((await similar(ids.base, "")).status).toBe(401);
    expect((await duplicates("")).status).toBe(401);
  });
});

describe("duplicates review", () => {
  it("groups the original and its copies, oldest first, distance from the oldest", async () => {
    const { status, body } = await duplicates();
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.truncated).toBe(false);
    const [group] = body.groups;
    expect(group!.items[0]).toMatchObject({ id: ids.base, distance: 0 });
    expect(group!.items.map((i) => i.id).sort()).toEqual(
      [ids.base, ids.resized, ids.reencoded, ids.cropped].sort(),
    );
    expect(group!.items.map((i) => i.id)).not.toContain(ids.unrelated);
  });

  it("is what the library's duplicates and similarTo filters list", async () => {
    expect(await filtered({ duplicates: "1" })).toEqual(
      [ids.base, ids.resized, ids.reencoded, ids.cropped].sort(),
    );
    expect(await filtered({ similarTo: ids.base })).toEqual([ids.resized, ids.reencoded, ids.cropped].sort());
    expect(await filtered({ similarTo: ids.unrelated })).toEqual([]);
  });

  it("leaves trashed photos out, and a photo whose only partners are trashed is no duplicate", async () => {
    await trash(ids.resized);
    try {
      expect((await similar(ids.base)).body.items.map((i) => i.id)).not.toContain(ids.resized);
      const { body } = await duplicates();
      expect(body.groups[0]!.items.map((i) => i.id)).not.toContain(ids.resized);
      expect(body.groups[0]!.items).toHaveLength(3);
      expect(await filtered({ duplicates: "1" })).toEqual([ids.base, ids.reencoded, ids.cropped].sort());

      await Promise.all([trash(ids.reencoded), trash(ids.cropped)]);
      expect((await duplicates()).body).toMatchObject({ groups: [], total: 0 });
      expect((await similar(ids.base)).body.items).toEqual([]);
      expect(await filtered({ duplicates: "1" })).toEqual([]);
      // The trashed photo itself cannot be asked about.
      expect((await similar(ids.resized)).status).toBe(404);
    } finally {
      await Promise.all([ids.resized, ids.reencoded, ids.cropped].map(restore));
    }
    expect((await duplicates()).body.groups[0]!.items).toHaveLength(4);
  });
});

describe("re-derive after an edit", () => {
  it("replaces the photo's pairs when an edit changes its picture, and restores them on revert", async () => {
    const before = await phashOf(ids.base);
    const reprocess = async (version: number) => {
      await db.mediaItem.update({ where: { id: ids.base }, data: { currentVersion: version } });
      const { revision, modelId } = await db.mediaItem.findUniqueOrThrow({ where: { id: ids.base } });
      await inngest.send(mediaReprocess.create({ mediaId: ids.base, modelId }));
      await eventually(
        async () => {
          const item = await db.mediaItem.findUniqueOrThrow({ where: { id: ids.base } });
          return item.revision > revision && item.status === "READY" ? item : null;
        },
        "the edited photo to be re-derived",
        90_000,
      );
    };
    // Keep the top-left quarter: a different picture as far as the hash can tell.
    await db.mediaVersion.create({
      data: {
        mediaId: ids.base,
        number: 1,
        operations: JSON.stringify([{ type: "crop", left: 0, top: 0, width: 0.5, height: 0.5 }]),
      },
    });
    await reprocess(1);
    await eventually(
      async () => ((await similar(ids.base)).body.items.length === 0 ? true : null),
      "the edited photo's pairs to be gone",
      30_000,
    );
    expect(await phashOf(ids.base)).not.toBe(before);
    expect((await similar(ids.resized)).body.items.map((i) => i.id)).not.toContain(ids.base);
    expect((await similar(ids.resized)).body.items.map((i) => i.id).sort()).toEqual(
      [ids.reencoded, ids.cropped].sort(),
    );

    await reprocess(0);
    await eventually(
      async () => ((await similar(ids.base)).body.items.length === 3 ? true : null),
      "the reverted photo's pairs to be back",
      30_000,
    );
    expect(await phashOf(ids.base)).toBe(before);
  }, 120_000);
});

describe("re-derive that leaves the picture alone", () => {
  it("keeps the hash and does not link again (a watermark change re-derives every photo of a model)", async () => {
    const before = await phashOf(ids.resized);
    const steps: string[] = [];
    const outcome = await deriveRevision(
      { mediaId: ids.resized, bump: true, readMetadata: false },
      (name, stage) => {
        steps.push(name);
        return runInline(name, stage);
      },
    );
    expect(outcome).toMatchObject({ done: true, saved: { phashChanged: false } });
    expect(steps).not.toContain("link-similar");
    expect(await phashOf(ids.resized)).toBe(before);
    expect((await similar(ids.resized)).body.items.map((i) => i.id)).toContain(ids.base);
  });
});

describe("backfill of photos processed before hashes existed", () => {
  it("hashes them from the stored original and links their pairs", async () => {
    const before = await phashOf(ids.cropped);
    await db.mediaItem.update({ where: { id: ids.cropped }, data: { phash: null } });
    await db.mediaSimilar.deleteMany({ where: { OR: [{ mediaId: ids.cropped }, { otherId: ids.cropped }] } });
    expect((await similar(ids.base)).body.items.map((i) => i.id)).not.toContain(ids.cropped);

    const batch = await backfillPerceptualHashes({ limit: 10 });
    expect(batch).toMatchObject({ seen: 1, hashed: 1, failed: 0, lastId: ids.cropped });
    const after = await phashOf(ids.cropped);
    // Decoded smaller than the derive does: the same picture within a bit or two.
    expect(hammingDistance(columnToHash(after!), columnToHash(before!))).toBeLessThanOrEqual(2);
    expect((await similar(ids.base)).body.items.map((i) => i.id)).toContain(ids.cropped);
    expect((await similar(ids.cropped)).body.items.map((i) => i.id)).toContain(ids.base);

    expect(await backfillPerceptualHashes({ limit: 10 })).toMatchObject({ seen: 0, hashed: 0 });
  });
});
