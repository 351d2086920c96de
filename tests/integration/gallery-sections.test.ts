import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchSectionRoute } from "@/app/api/models/[slug]/sections/[section]/route";
import { PUT as putItemsRoute } from "@/app/api/models/[slug]/sections/[section]/items/route";
import { GET as listSectionsRoute, POST as createSectionRoute } from "@/app/api/models/[slug]/sections/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError, isInternal, toAppError } from "@/lib/errors";
import { addSectionItems } from "@/lib/gallery/sections/add-section-items";
import { createSection } from "@/lib/gallery/sections/create-section";
import { getPublicModel } from "@/lib/gallery/public/get-public-model";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import { listPlaceableMedia } from "@/lib/gallery/sections/list-placeable-media";
import { listSectionItems } from "@/lib/gallery/sections/list-section-items";
import { listSections } from "@/lib/gallery/sections/list-sections";
import { removeSectionItem } from "@/lib/gallery/sections/remove-section-item";
import { reorderSectionItems } from "@/lib/gallery/sections/reorder-section-items";
import { reorderSections } from "@/lib/gallery/sections/reorder-sections";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { updateSection } from "@/lib/gallery/sections/update-section";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { updateModel } from "@/lib/models/update-model";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

let owner: StaffUser, editorA: StaffUser, editorB: StaffUser, viewerA: StaffUser;
let alpha: { id: string }, bravo: { id: string };
let cookies: Record<"editorA" | "viewerA", string>;

/** The refusal a caller would get (zod errors become 422 exactly as at the edge); fails on success or a 500. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  const appError = toAppError(error);
  expect(isInternal(appError)).toBe(false);
  return appError;
}

function call(path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.body) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, { ...init, headers });
}
const modelParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const sectionParams = (slug: string, section: string) => ({ params: Promise.resolve({ slug, section }) });

const publicIds = async (model: string, section: string) =>
  (await getPublicSection(model, section))?.photos.map((p) => p.id);

beforeAll(async () => {
  [owner, editorA, editorB, viewerA] = await Promise.all([
    makeUser("OWNER"),
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
    makeUser("VIEWER", "viewer-a"),
  ]);
  alpha = await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true });
  bravo = await createModel(owner, { slug: "bravo", displayName: "Bravo", published: true });
  await setModelMembers(owner, "alpha", { userIds: [editorA.id, viewerA.id] });
  await setModelMembers(owner, "bravo", { userIds: [editorB.id] });
  cookies = {
    editorA: await sessionCookieFor(editorA.email),
    viewerA: await sessionCookieFor(viewerA.email),
  };
});

describe("sections", () => {
  it("creates sections at the end, lists them in order and refuses a taken or invalid slug", async () => {
    const first = await createSection(editorA, "alpha", { slug: "portraits", title: "Portraits" });
    const second = await createSection(editorA, "alpha", {
      slug: "editorial",
      title: "Editorial",
      description: "Magazine work.",
      published: true,
    });
    expect([first.position, second.position]).toEqual([0, 1]);
    expect((await listSections(editorA, "alpha")).map((s) => [s.slug, s.published])).toEqual([
      ["portraits", false],
      ["editorial", true],
    ]);

    const taken = await refusal(createSection(editorA, "alpha", { slug: "portraits", title: "Again" }));
    expect(taken.code).toBe("conflict");
    expect(taken.status).toBe(409);
    const invalid = await refusal(createSection(editorA, "alpha", { slug: "Not A Slug", title: "Bad" }));
    expect(invalid.status).toBe(422);
    // The same slug in another model is fine: slugs are per model.
    await createSection(editorB, "bravo", { slug: "portraits", title: "Bravo portraits", published: true });

    const entries = await db.auditEntry.findMany({
      where: { action: "gallery.section.create", modelId: alpha.id },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorId === editorA.id)).toBe(true);
  });

  it("renames, describes, publishes and reorders sections, recording each change", async () => {
    await updateSection(editorA, "alpha", "portraits", {
      title: "Portraits 2024",
      description: "Studio light.",
      published: true,
    });
    await reorderSections(editorA, "alpha", { order: ["editorial", "portraits"] });
    const sections = await listSections(viewerA, "alpha");
    expect(sections.map((s) => [s.slug, s.title, s.published])).toEqual([
      ["editorial", "Editorial", true],
      ["portraits", "Portraits 2024", true],
    ]);
    const update = await db.auditEntry.findFirstOrThrow({ where: { action: "gallery.section.update" } });
    expect(JSON.parse(update.before!).title).toBe("Portraits");
    expect(JSON.parse(update.after!).title).toBe("Portraits 2024");
    expect(await db.auditEntry.count({ where: { action: "gallery.sections.reorder" } })).toBe(1);

    // A reorder must name every section once: a stale list is refused, not half applied.
    const stale = await refusal(reorderSections(editorA, "alpha", { order: ["portraits"] }));
    expect(stale.status).toBe(422);
    expect(stale.message).toContain("missing: editorial");
    expect((await listSections(editorA, "alpha")).map((s) => s.slug)).toEqual(["editorial", "portraits"]);
  });
});

describe("placing photos", () => {
  let approved: string[];
  beforeEach(async () => {
    await db.galleryItem.deleteMany({});
    approved = [];
    for (let i = 0; i < 4; i++) approved.push((await seedPhoto(alpha.id)).id);
  });

  it("sets the whole ordered list and keeps the order", async () => {
    const order = [approved[2]!, approved[0]!, approved[3]!, approved[1]!];
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: order });
    expect((await listSectionItems(editorA, "alpha", "portraits")).items.map((i) => i.photo.id)).toEqual(
      order,
    );
    expect(await publicIds("alpha", "portraits")).toEqual(order);

    const reordered = [...order].reverse();
    await reorderSectionItems(editorA, "alpha", "portraits", { mediaIds: reordered });
    expect(await publicIds("alpha", "portraits")).toEqual(reordered);
    expect(await db.auditEntry.count({ where: { action: "gallery.section.items.reorder" } })).toBeGreaterThan(
      0,
    );
  });

  it("refuses processing, unapproved, rejected, deleted and other models' photos with 422 naming each", async () => {
    const processing = await seedPhoto(alpha.id, { status: "PROCESSING", moderationStatus: "PENDING" });
    const failed = await seedPhoto(alpha.id, { status: "FAILED", moderationStatus: "PENDING" });
    const review = await seedPhoto(alpha.id, { moderationStatus: "NEEDS_REVIEW" });
    const rejected = await seedPhoto(alpha.id, { moderationStatus: "REJECTED" });
    const deleted = await seedPhoto(alpha.id, { deleted: true });
    const otherModel = await seedPhoto(bravo.id);
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: [approved[0]!] });

    const bad = [processing, failed, review, rejected, deleted, otherModel].map((m) => m.id);
    const error = await refusal(
      setSectionItems(editorA, "alpha", "portraits", { mediaIds: [approved[1]!, ...bad] }),
    );
    expect(error.status).toBe(422);
    for (const id of bad) expect(error.message).toContain(id);
    expect(error.message).not.toContain(approved[1]!);
    expect(error.details?.problems).toEqual([
      { id: processing.id, reason: "still processing" },
      { id: failed.id, reason: "processing failed" },
      { id: review.id, reason: "awaiting moderation" },
      { id: rejected.id, reason: "rejected" },
      { id: deleted.id, reason: "deleted" },
      { id: otherModel.id, reason: "not a photo of this model" },
    ]);
    // Nothing changed.
    expect(await publicIds("alpha", "portraits")).toEqual([approved[0]]);

    // Adding one at a time is refused the same way.
    const add = await refusal(addSectionItems(editorA, "alpha", "portraits", { mediaIds: [rejected.id] }));
    expect(add.status).toBe(422);
    expect(add.message).toContain(rejected.id);
    // And so is choosing one as the cover.
    const cover = await refusal(updateSection(editorA, "alpha", "portraits", { coverId: otherModel.id }));
    expect(cover.status).toBe(422);
    expect(cover.message).toContain(otherModel.id);
  });

  it("appends photos, offers only placeable ones in the picker and removes them", async () => {
    const pending = await seedPhoto(alpha.id, { moderationStatus: "PENDING" });
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: [approved[0]!] });
    const picker = await listPlaceableMedia(editorA, "alpha", "portraits");
    const offered = picker.photos.map((p) => p.photo.id);
    expect(offered).toEqual(expect.arrayContaining([approved[1], approved[2], approved[3]]));
    expect(offered).not.toContain(approved[0]);
    expect(offered).not.toContain(pending.id);
    expect(picker.total).toBe(offered.length);

    await addSectionItems(editorA, "alpha", "portraits", { mediaIds: [approved[3]!, approved[1]!] });
    expect(await publicIds("alpha", "portraits")).toEqual([approved[0], approved[3], approved[1]]);

    await removeSectionItem(editorA, "alpha", "portraits", approved[3]!);
    expect(await publicIds("alpha", "portraits")).toEqual([approved[0], approved[1]]);
    const missing = await refusal(removeSectionItem(editorA, "alpha", "portraits", approved[3]!));
    expect(missing.status).toBe(404);
  });

  it("drops a photo that loses approval from the public section without a hole, and restores it on approval", async () => {
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: approved });
    await db.mediaItem.update({ where: { id: approved[1]! }, data: { moderationStatus: "REJECTED" } });
    await db.mediaItem.update({ where: { id: approved[2]! }, data: { deletedAt: new Date() } });

    const section = await getPublicSection("alpha", "portraits");
    expect(section?.photos.map((p) => p.id)).toEqual([approved[0], approved[3]]);
    // Staff still see them, in place, flagged.
    const staffView = await listSectionItems(editorA, "alpha", "portraits");
    expect(staffView.items.map((i) => [i.photo.id, i.hiddenReason])).toEqual([
      [approved[0], null],
      [approved[1], "rejected"],
      [approved[2], "deleted"],
      [approved[3], null],
    ]);
    expect((await listSections(editorA, "alpha")).find((s) => s.slug === "portraits")).toMatchObject({
      photoCount: 4,
      hiddenCount: 2,
    });

    await db.mediaItem.update({ where: { id: approved[1]! }, data: { moderationStatus: "APPROVED" } });
    expect(await publicIds("alpha", "portraits")).toEqual([approved[0], approved[1], approved[3]]);
  });

  it("uses the chosen cover while it is public and falls back to the first public photo", async () => {
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: approved });
    const outside = await seedPhoto(alpha.id);
    // A cover may be any approved photo of the model, in the section or not.
    await updateSection(editorA, "alpha", "portraits", { coverId: outside.id });
    const card = async () => (await getPublicModel("alpha"))?.sections.find((s) => s.slug === "portraits");
    expect((await card())?.cover?.id).toBe(outside.id);
    expect((await getPublicSection("alpha", "portraits"))?.cover?.id).toBe(outside.id);

    await db.mediaItem.update({ where: { id: outside.id }, data: { moderationStatus: "REJECTED" } });
    expect((await card())?.cover?.id).toBe(approved[0]);
    await updateSection(editorA, "alpha", "portraits", { coverId: null });
    expect((await card())?.cover?.id).toBe(approved[0]);
  });

  it("returns photos with their variants for srcset and the thumbnail", async () => {
    await setSectionItems(editorA, "alpha", "portraits", { mediaIds: [approved[0]!] });
    const [photo] = (await getPublicSection("alpha", "portraits"))!.photos;
    expect(photo).toMatchObject({ width: 1800, height: 1200, dominantColor: "#8a7a6b" });
    expect(photo!.variants.map((v) => `${v.format}:${v.width}`).sort()).toEqual(
      ["JPEG:1280", "JPEG:640", "WEBP:1280", "WEBP:640"].sort(),
    );
    expect(photo!.thumb).toMatchObject({ format: "WEBP", width: 400 });
    expect(photo!.variants.every((v) => typeof v.url === "string" && v.url.length > 0)).toBe(true);
  });
});

describe("what the public can reach", () => {
  it("returns only published sections of published models", async () => {
    const photo = await seedPhoto(alpha.id);
    await createSection(editorA, "alpha", { slug: "drafts", title: "Drafts" });
    await setSectionItems(editorA, "alpha", "drafts", { mediaIds: [photo.id] });
    expect(await getPublicSection("alpha", "drafts")).toBeNull();
    expect((await getPublicModel("alpha"))?.sections.map((s) => s.slug)).not.toContain("drafts");
    expect(await getPublicSection("alpha", "no-such-section")).toBeNull();
    expect(await getPublicModel("no-such-model")).toBeNull();

    await updateSection(editorA, "alpha", "drafts", { published: true });
    expect((await getPublicSection("alpha", "drafts"))?.photos.map((p) => p.id)).toEqual([photo.id]);

    await updateModel(owner, "alpha", { published: false });
    expect(await getPublicModel("alpha")).toBeNull();
    expect(await getPublicSection("alpha", "drafts")).toBeNull();
    await updateModel(owner, "alpha", { published: true });
    expect(await getPublicSection("alpha", "drafts")).not.toBeNull();
  });

  it("lists on the model page only published sections that have a public photo", async () => {
    await createSection(editorA, "alpha", { slug: "empty", title: "Empty", published: true });
    const model = await getPublicModel("alpha");
    expect(model?.displayName).toBe("Alpha");
    expect(model?.sections.map((s) => s.slug)).not.toContain("empty");
    expect(model?.sections.every((s) => s.photoCount > 0)).toBe(true);
  });
});

describe("access", () => {
  it("hides another model's sections from an editor as not found, for reading and for changing", async () => {
    const photoB = await seedPhoto(bravo.id);
    expect((await refusal(listSections(editorA, "bravo"))).status).toBe(404);
    expect((await refusal(listSectionItems(editorA, "bravo", "portraits"))).status).toBe(404);
    expect((await refusal(createSection(editorA, "bravo", { slug: "mine", title: "Mine" }))).status).toBe(
      404,
    );
    expect((await refusal(updateSection(editorA, "bravo", "portraits", { title: "Mine" }))).status).toBe(404);
    expect(
      (await refusal(setSectionItems(editorA, "bravo", "portraits", { mediaIds: [photoB.id] }))).status,
    ).toBe(404);
    expect((await refusal(reorderSections(editorA, "bravo", { order: ["portraits"] }))).status).toBe(404);
    const section = await db.gallerySection.findFirstOrThrow({
      where: { modelId: bravo.id, slug: "portraits" },
    });
    expect(section.title).toBe("Bravo portraits");
    expect(await db.galleryItem.count({ where: { sectionId: section.id } })).toBe(0);
  });

  it("lets a viewer read but refuses every change with 403", async () => {
    const photo = await seedPhoto(alpha.id);
    expect((await listSections(viewerA, "alpha")).length).toBeGreaterThan(0);
    expect((await refusal(createSection(viewerA, "alpha", { slug: "viewer", title: "V" }))).status).toBe(403);
    expect((await refusal(updateSection(viewerA, "alpha", "portraits", { published: false }))).status).toBe(
      403,
    );
    expect(
      (await refusal(addSectionItems(viewerA, "alpha", "portraits", { mediaIds: [photo.id] }))).status,
    ).toBe(403);
    expect((await refusal(reorderSections(viewerA, "alpha", { order: [] }))).status).toBe(403);
    expect(await db.gallerySection.count({ where: { slug: "viewer" } })).toBe(0);
  });
});

describe("sections JSON API", () => {
  it("creates with 201, refuses a taken slug with 409 and an invalid one with 422", async () => {
    const body = JSON.stringify({ slug: "api-made", title: "Made by API", description: "Via JSON" });
    const created = await createSectionRoute(
      call("/api/models/alpha/sections", { method: "POST", cookie: cookies.editorA, body }),
      modelParams("alpha"),
    );
    expect(created.status).toBe(201);
    expect((await created.json()).section).toMatchObject({
      slug: "api-made",
      title: "Made by API",
      description: "Via JSON",
      published: false,
    });

    const again = await createSectionRoute(
      call("/api/models/alpha/sections", { method: "POST", cookie: cookies.editorA, body }),
      modelParams("alpha"),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("conflict");

    const invalid = await createSectionRoute(
      call("/api/models/alpha/sections", {
        method: "POST",
        cookie: cookies.editorA,
        body: JSON.stringify({ slug: "../etc", title: "x" }),
      }),
      modelParams("alpha"),
    );
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error).toMatchObject({
      code: "invalid",
      message: expect.stringContaining("slug"),
    });
  });

  it("lists, patches and puts items, answering 422 naming the photos that are not placeable", async () => {
    const list = await listSectionsRoute(
      call("/api/models/alpha/sections", { cookie: cookies.viewerA }),
      modelParams("alpha"),
    );
    expect(list.status).toBe(200);
    expect((await list.json()).sections.map((s: { slug: string }) => s.slug)).toContain("api-made");

    const [a, b] = [await seedPhoto(alpha.id), await seedPhoto(alpha.id)];
    const rejected = await seedPhoto(alpha.id, { moderationStatus: "REJECTED" });
    const put = (mediaIds: string[], cookie = cookies.editorA) =>
      putItemsRoute(
        call("/api/models/alpha/sections/api-made/items", {
          method: "PUT",
          cookie,
          body: JSON.stringify({ mediaIds }),
        }),
        sectionParams("alpha", "api-made"),
      );
    const ok = await put([b.id, a.id]);
    expect(ok.status).toBe(200);
    expect((await ok.json()).items.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([
      [b.id, 0],
      [a.id, 1],
    ]);

    const refused = await put([a.id, rejected.id]);
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.code).toBe("invalid");
    expect(error.message).toContain(rejected.id);
    expect(error.problems).toEqual([{ id: rejected.id, reason: "rejected" }]);

    const patch = await patchSectionRoute(
      call("/api/models/alpha/sections/api-made", {
        method: "PATCH",
        cookie: cookies.editorA,
        body: JSON.stringify({ title: "Renamed", published: true, coverId: a.id }),
      }),
      sectionParams("alpha", "api-made"),
    );
    expect(patch.status).toBe(200);
    expect((await patch.json()).section).toMatchObject({ title: "Renamed", published: true, coverId: a.id });
    expect((await getPublicSection("alpha", "api-made"))?.photos.map((p) => p.id)).toEqual([b.id, a.id]);

    // A viewer reads but cannot write: 403.
    expect((await put([a.id], cookies.viewerA)).status).toBe(403);
  });

  it("answers 404 to an editor reading or changing another model's sections, 401 without a session", async () => {
    const read = await listSectionsRoute(
      call("/api/models/bravo/sections", { cookie: cookies.editorA }),
      modelParams("bravo"),
    );
    expect(read.status).toBe(404);
    const patch = await patchSectionRoute(
      call("/api/models/bravo/sections/portraits", {
        method: "PATCH",
        cookie: cookies.editorA,
        body: JSON.stringify({ title: "Mine now" }),
      }),
      sectionParams("bravo", "portraits"),
    );
    expect(patch.status).toBe(404);
    const put = await putItemsRoute(
      call("/api/models/bravo/sections/portraits/items", {
        method: "PUT",
        cookie: cookies.editorA,
        body: JSON.stringify({ mediaIds: [] }),
      }),
      sectionParams("bravo", "portraits"),
    );
    expect(put.status).toBe(404);
    const anonymous = await listSectionsRoute(call("/api/models/alpha/sections"), modelParams("alpha"));
    expect(anonymous.status).toBe(401);
    expect(
      (await db.gallerySection.findFirstOrThrow({ where: { modelId: bravo.id, slug: "portraits" } })).title,
    ).toBe("Bravo portraits");
  });
});
