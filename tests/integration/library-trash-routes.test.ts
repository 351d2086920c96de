// Trash, restore and delete forever of one photo through the real routes, what the public sees at each
// step (section pages, covers, counts, the files route), and the daily purge of old trash: real
// MariaDB rows and real files in this file's own storage.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("library-trash");
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { POST as restoreRoute } from "@/app/api/models/[slug]/media/[id]/restore/route";
import { DELETE as deleteRoute } from "@/app/api/models/[slug]/media/[id]/route";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { getPublicModel } from "@/lib/gallery/public/get-public-model";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import { purgeTrash } from "@/lib/media/cleanup/purge-trash";
import { variantUrl } from "@/lib/media/serve/variant-url";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { clearRevalidations, listRevalidations } from "@/tests/helpers/revalidation-log";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedStoredPhoto } from "./library-bulk-helpers";
import { fetchVariant, storedFiles } from "./media-upload-helpers";

const cookies = {} as Record<"owner" | "editor" | "viewer" | "otherEditor", string>;
let modelId: string;
let sectionId: string;
let photos: Awaited<ReturnType<typeof seedStoredPhoto>>[];

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const [editor, viewer, otherEditor] = await Promise.all([
    makeUser("EDITOR"),
    makeUser("VIEWER"),
    makeUser("EDITOR", "other-editor"),
  ]);
  modelId = (await createModel(owner, { slug: "shown", displayName: "Shown", published: true })).id;
  await createModel(owner, { slug: "elsewhere", displayName: "Elsewhere" });
  await setModelMembers(owner, "shown", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "elsewhere", { userIds: [otherEditor.id] });
  cookies.owner = await sessionCookieFor(owner.email);
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
}, 120_000);

beforeEach(async () => {
  await db.gallerySection.deleteMany({ where: { modelId } });
  photos = [await seedStoredPhoto(modelId), await seedStoredPhoto(modelId)];
  const section = await db.gallerySection.create({
    data: { modelId, slug: "beach", title: "Beach", published: true, coverId: photos[0]!.id },
  });
  sectionId = section.id;
  await db.galleryItem.createMany({
    data: photos.map((photo, position) => ({ sectionId, mediaId: photo.id, position })),
  });
  clearRevalidations();
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

const context = (slug: string, id: string) => ({ params: Promise.resolve({ slug, id }) });

async function trash(id: string, cookie?: string, { slug = "shown", permanent = false } = {}) {
  const response = await deleteRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}${permanent ? "?permanent=1" : ""}`, {
      method: "DELETE",
      headers: cookie ? { cookie } : {},
    }),
    context(slug, id),
  );
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { item?: { id: string } }) : null };
}

async function restore(id: string, cookie?: string, slug = "shown") {
  const response = await restoreRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}/restore`, {
      method: "POST",
      headers: cookie ? { cookie } : {},
    }),
    context(slug, id),
  );
  return { status: response.status, body: (await response.json()) as { item?: { id: string } } };
}

const publicFile = async (photo: (typeof photos)[number]) =>
  (await fetchVariant(variantUrl(photo.variants.find((v) => v.width === 1280)!.storageKey))).status;

const sectionPhotoIds = async () =>
  (await getPublicSection("shown", "beach"))?.photos.map((photo) => photo.id) ?? [];

describe("trash and restore one photo", () => {
  test("trashed: gone from the section page, its cover and count, and its files 404; restored: all back", async () => {
    const [first, second] = photos as [(typeof photos)[number], (typeof photos)[number]];
    expect(await sectionPhotoIds()).toEqual([first.id, second.id]);
    expect(await publicFile(first)).toBe(200);

    const trashed = await trash(first.id, cookies.editor);
    expect(trashed.status).toBe(200);
    expect(trashed.body?.item?.id).toBe(first.id);
    const row = await db.mediaItem.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db.auditEntry.count({ where: { action: "media.trash", entityId: first.id } })).toBe(1);
    // Its place in the section is kept for a restore, but the public sees none of it.
    expect(await db.galleryItem.count({ where: { sectionId, mediaId: first.id } })).toBe(1);
    expect(await sectionPhotoIds()).toEqual([second.id]);
    const card = (await getPublicModel("shown"))!.sections[0]!;
    expect(card.photoCount).toBe(1);
    expect(card.cover?.id).toBe(second.id);
    expect(await publicFile(first)).toBe(404);
    expect(await publicFile(second)).toBe(200);
    expect(
      listRevalidations()
        .map((r) => r.reason)
        .join("\n"),
    ).toContain(`media.trash ${first.id}`);

    const restored = await restore(first.id, cookies.editor);
    expect(restored.status).toBe(200);
    expect(restored.body.item?.id).toBe(first.id);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id: first.id } })).deletedAt).toBeNull();
    expect(await sectionPhotoIds()).toEqual([first.id, second.id]);
    expect((await getPublicModel("shown"))!.sections[0]!.cover?.id).toBe(first.id);
    expect(await publicFile(first)).toBe(200);
    expect(await db.auditEntry.count({ where: { action: "media.restore", entityId: first.id } })).toBe(1);
  });

  test("viewers get 403 and staff of other models 404, for trash, restore and delete forever; signed out 401", async () => {
    const id = photos[0]!.id;
    expect((await trash(id, cookies.viewer)).status).toBe(403);
    expect((await trash(id, cookies.viewer, { permanent: true })).status).toBe(403);
    expect((await restore(id, cookies.viewer)).status).toBe(403);
    expect((await trash(id, cookies.otherEditor)).status).toBe(404);
    expect((await trash(id, cookies.otherEditor, { slug: "elsewhere" })).status).toBe(404);
    expect((await trash(id, cookies.otherEditor, { permanent: true })).status).toBe(404);
    expect((await restore(id, cookies.otherEditor)).status).toBe(404);
    expect((await restore(id, cookies.otherEditor, "elsewhere")).status).toBe(404);
    expect((await trash("cnothere00000000000000000", cookies.editor)).status).toBe(404);
    expect((await trash(id)).status).toBe(401);
    expect((await restore(id)).status).toBe(401);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });
});

describe("delete forever", () => {
  test("only owners and admins (403), only from the trash (409); then rows and files are gone", async () => {
    const photo = photos[0]!;
    expect((await trash(photo.id, cookies.owner, { permanent: true })).status).toBe(409);
    expect((await trash(photo.id, cookies.editor)).status).toBe(200);
    expect((await trash(photo.id, cookies.editor, { permanent: true })).status).toBe(403);
    expect(await db.mediaItem.count({ where: { id: photo.id } })).toBe(1);

    const deleted = await trash(photo.id, cookies.owner, { permanent: true });
    expect(deleted).toEqual({ status: 204, body: null });
    expect(await db.mediaItem.count({ where: { id: photo.id } })).toBe(0);
    expect(await db.galleryItem.count({ where: { mediaId: photo.id } })).toBe(0);
    expect(await db.mediaVariant.count({ where: { mediaId: photo.id } })).toBe(0);
    expect((await db.gallerySection.findUniqueOrThrow({ where: { id: sectionId } })).coverId).toBeNull();
    const files = [...(await storedFiles("originals")), ...(await storedFiles("public"))].join("\n");
    expect(files).not.toContain(photo.id);
    expect(files).toContain(photos[1]!.id);
    expect(await db.auditEntry.count({ where: { action: "media.delete", entityId: photo.id } })).toBe(1);
    // Gone is gone.
    expect((await trash(photo.id, cookies.owner, { permanent: true })).status).toBe(404);
  });
});

describe("purge", () => {
  test("photos trashed longer than the retention go, files and rows, audited as the system", async () => {
    const day = 86_400_000;
    const old = await seedStoredPhoto(modelId, { deletedAt: new Date(Date.now() - 31 * day) });
    const older = await seedStoredPhoto(modelId, { deletedAt: new Date(Date.now() - 40 * day) });
    const recent = await seedStoredPhoto(modelId, { deletedAt: new Date(Date.now() - 29 * day) });

    // Bounded per run: the oldest first.
    expect(await purgeTrash({ limit: 1 })).toEqual({ purged: 1, models: 1 });
    expect(await db.mediaItem.count({ where: { id: older.id } })).toBe(0);
    expect(await db.mediaItem.count({ where: { id: old.id } })).toBe(1);

    expect(await purgeTrash()).toEqual({ purged: 1, models: 1 });
    expect(await purgeTrash()).toEqual({ purged: 0, models: 0 });
    expect(await db.mediaItem.count({ where: { id: { in: [old.id, older.id] } } })).toBe(0);
    expect(await db.mediaItem.count({ where: { id: recent.id } })).toBe(1);
    const files = [...(await storedFiles("originals")), ...(await storedFiles("public"))].join("\n");
    expect(files).not.toContain(old.id);
    expect(files).not.toContain(older.id);
    expect(files).toContain(recent.id);

    const audits = await db.auditEntry.findMany({
      where: { action: "media.purge" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => [a.actorId, a.modelId, JSON.parse(a.after!).ids])).toEqual([
      [null, modelId, [older.id]],
      [null, modelId, [old.id]],
    ]);
    // TRASH_RETENTION_DAYS decides what is old.
    expect(await purgeTrash({ days: 28 })).toEqual({ purged: 1, models: 1 });
  });
});
