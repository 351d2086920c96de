// Editing in the library on the real database: PATCH of a photo (fields, tag normalisation, search text,
// categories, audit, refusals), categories CRUD, tag autocomplete, uploaders, per-user preferences, and
// the public page showing the edited alt text and caption.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/models/[slug]/media/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/models/[slug]/media/[id]/route";
import {
  DELETE as deleteCategoryRoute,
  PATCH as patchCategoryRoute,
} from "@/app/api/models/[slug]/categories/[id]/route";
import {
  GET as categoriesRoute,
  POST as createCategoryRoute,
} from "@/app/api/models/[slug]/categories/route";
import { GET as tagsRoute } from "@/app/api/models/[slug]/tags/route";
import { GET as uploadersRoute } from "@/app/api/models/[slug]/uploaders/route";
import { GET as getPreferenceRoute, PUT as putPreferenceRoute } from "@/app/api/me/preferences/[key]/route";
import { renderSectionPage } from "@/components/gallery/render-section-page";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import { createSection } from "@/lib/gallery/sections/create-section";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedLibraryPhoto } from "./library-seed";

type Json = Record<string, unknown> & { error?: { code: string; message: string } };

function request(
  path: string,
  cookie: string,
  method = "GET",
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function call(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (res.status === 204 ? {} : await res.json()) as Json };
}

const patch = (slug: string, id: string, cookie: string, body: unknown, headers?: Record<string, string>) =>
  call(
    patchRoute(request(`/api/models/${slug}/media/${id}`, cookie, "PATCH", body, headers), {
      params: Promise.resolve({ slug, id }),
    }),
  );
const categories = (slug: string, cookie: string) =>
  call(
    categoriesRoute(request(`/api/models/${slug}/categories`, cookie), { params: Promise.resolve({ slug }) }),
  );
const createCategory = (slug: string, cookie: string, body: unknown) =>
  call(
    createCategoryRoute(request(`/api/models/${slug}/categories`, cookie, "POST", body), {
      params: Promise.resolve({ slug }),
    }),
  );
const updateCategory = (slug: string, id: string, cookie: string, body: unknown) =>
  call(
    patchCategoryRoute(request(`/api/models/${slug}/categories/${id}`, cookie, "PATCH", body), {
      params: Promise.resolve({ slug, id }),
    }),
  );
const deleteCategory = (slug: string, id: string, cookie: string) =>
  call(
    deleteCategoryRoute(request(`/api/models/${slug}/categories/${id}`, cookie, "DELETE"), {
      params: Promise.resolve({ slug, id }),
    }),
  );

let owner: StaffUser, editor: StaffUser, viewer: StaffUser, outsider: StaffUser;
const cookies = { owner: "", editor: "", viewer: "", outsider: "" };
let photoId: string, secondId: string, otherPhotoId: string, otherCategoryId: string;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  editor = await makeUser("EDITOR", "editor");
  viewer = await makeUser("VIEWER", "viewer");
  outsider = await makeUser("EDITOR", "outsider");
  const lib = await createModel(owner, { slug: "lib", displayName: "Lib", published: true });
  const other = await createModel(owner, { slug: "other", displayName: "Other" });
  await setModelMembers(owner, "lib", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "other", { userIds: [outsider.id] });
  photoId = (
    await seedLibraryPhoto(lib.id, {
      filename: "IMG_0001.jpg",
      createdAt: "2026-01-01T00:00:00Z",
      uploadedById: editor.id,
      tags: ["beach"],
    })
  ).id;
  secondId = (
    await seedLibraryPhoto(lib.id, {
      filename: "IMG_0002.jpg",
      createdAt: "2026-01-02T00:00:00Z",
      uploadedById: owner.id,
      tags: ["beach", "bench"],
    })
  ).id;
  await seedLibraryPhoto(lib.id, {
    filename: "IMG_0003.jpg",
    createdAt: "2026-01-03T00:00:00Z",
    tags: ["city"],
    deleted: true,
  });
  otherPhotoId = (await seedLibraryPhoto(other.id, { filename: "x.jpg", createdAt: "2026-01-01T00:00:00Z" }))
    .id;
  otherCategoryId = (
    await db.category.create({ data: { modelId: other.id, slug: "elsewhere", name: "Elsewhere" } })
  ).id;
  const section = await createSection(owner, "lib", {
    slug: "portraits",
    title: "Portraits",
    published: true,
  });
  await db.galleryItem.createMany({
    data: [
      { sectionId: section.id, mediaId: photoId, position: 0 },
      { sectionId: section.id, mediaId: secondId, position: 1 },
    ],
  });
  for (const role of ["owner", "editor", "viewer", "outsider"] as const) {
    cookies[role] = await sessionCookieFor({ owner, editor, viewer, outsider }[role].email);
  }
});

describe("PATCH a photo", () => {
  it("changes text, normalises tags, refreshes the search text and writes one audit entry", async () => {
    const { status, body } = await patch("lib", photoId, cookies.editor, {
      title: "  Sunset  ",
      altText: "A woman on a beach at dusk",
      caption: "Taken in Nice",
      tags: [" Beach ", "SUMMER", "summer", "", "golden-hour"],
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const item = body.item as MediaDto;
    expect(item).toMatchObject({
      id: photoId,
      title: "Sunset",
      altText: "A woman on a beach at dusk",
      caption: "Taken in Nice",
      tags: ["beach", "golden-hour", "summer"],
    });
    const found = await call(
      listRoute(request("/api/models/lib/media?q=dusk%20nice", cookies.editor), {
        params: Promise.resolve({ slug: "lib" }),
      }),
    );
    expect((found.body.items as MediaDto[]).map((i) => i.id)).toEqual([photoId]);
    const byTag = await call(
      listRoute(request("/api/models/lib/media?tag=golden-hour", cookies.editor), {
        params: Promise.resolve({ slug: "lib" }),
      }),
    );
    expect((byTag.body.items as MediaDto[]).map((i) => i.id)).toEqual([photoId]);
    const audit = await db.auditEntry.findMany({ where: { entityId: photoId, action: "media.update" } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ title: "", tags: ["beach"] });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      title: "Sunset",
      tags: ["beach", "golden-hour", "summer"],
    });
    expect(audit[0]!.actorId).toBe(editor.id);
    // Only the fields sent change.
    const again = await patch("lib", photoId, cookies.editor, { caption: "" });
    expect(again.body.item).toMatchObject({
      title: "Sunset",
      caption: "",
      tags: ["beach", "golden-hour", "summer"],
    });
    await patch("lib", photoId, cookies.editor, { caption: "Taken in Nice" });
  });

  it("assigns the model's categories and refuses another model's", async () => {
    const created = await createCategory("lib", cookies.editor, { name: "Beach" });
    const category = created.body.category as { id: string };
    const ok = await patch("lib", photoId, cookies.editor, { categoryIds: [category.id, category.id] });
    expect(ok.status).toBe(200);
    expect((ok.body.item as MediaDto).categories).toEqual([
      { id: category.id, slug: "beach", name: "Beach", color: "#71717a" },
    ]);
    const refused = await patch("lib", photoId, cookies.editor, { categoryIds: [otherCategoryId] });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toContain("categoryIds");
    expect(
      (await db.mediaCategory.findMany({ where: { mediaId: photoId } })).map((c) => c.categoryId),
    ).toEqual([category.id]);
    const cleared = await patch("lib", photoId, cookies.editor, { categoryIds: [] });
    expect((cleared.body.item as MediaDto).categories).toEqual([]);
  });

  it("refuses bad input, viewers, other models and cross-site browsers", async () => {
    for (const body of [
      { title: "x".repeat(192) },
      { altText: "x".repeat(1001) },
      { caption: "x".repeat(2001) },
      { tags: ["x".repeat(65)] },
      { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { color: "red" },
      { tags: "beach" },
    ]) {
      expect(
        (await patch("lib", photoId, cookies.editor, body)).status,
        JSON.stringify(body).slice(0, 40),
      ).toBe(422);
    }
    expect((await patch("lib", photoId, cookies.viewer, { title: "x" })).status).toBe(403);
    expect((await patch("lib", photoId, cookies.outsider, { title: "x" })).status).toBe(404);
    expect((await patch("other", otherPhotoId, cookies.editor, { title: "x" })).status).toBe(404);
    expect((await patch("lib", otherPhotoId, cookies.owner, { title: "x" })).status).toBe(404);
    expect((await patch("lib", photoId, "", { title: "x" })).status).toBe(401);
    const crossSite = await patch(
      "lib",
      photoId,
      cookies.editor,
      { title: "x" },
      { origin: "https://evil.example" },
    );
    expect(crossSite.status).toBe(403);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id: photoId } })).title).toBe("Sunset");
  });

  it("answers GET with {item}", async () => {
    const { status, body } = await call(
      getRoute(request(`/api/models/lib/media/${photoId}`, cookies.viewer), {
        params: Promise.resolve({ slug: "lib", id: photoId }),
      }),
    );
    expect(status).toBe(200);
    expect((body.item as MediaDto).id).toBe(photoId);
    expect((body.item as MediaDto).sections).toEqual([expect.objectContaining({ slug: "portraits" })]);
  });
});

describe("the public page", () => {
  it("uses the photo's alt text, escaped, and carries its caption to the lightbox", async () => {
    await patch("lib", secondId, cookies.editor, {
      altText: `Anna "on" <the> pier`,
      caption: "Caption & more",
      title: "",
    });
    const page = renderSectionPage((await getPublicSection("lib", "portraits"))!);
    expect(page).toContain('alt="A woman on a beach at dusk"');
    expect(page).toContain('data-caption="Taken in Nice"');
    expect(page).toContain('alt="Anna &quot;on&quot; &lt;the&gt; pier"');
    expect(page).toContain('data-caption="Caption &amp; more"');
    await patch("lib", secondId, cookies.editor, { altText: "", caption: "" });
    const fallback = renderSectionPage((await getPublicSection("lib", "portraits"))!);
    expect(fallback).toContain('alt="Portraits, photo 2"');
  });
});

describe("categories", () => {
  it("creates, lists with counts, renames, recolours and deletes, keeping the photos", async () => {
    const created = await createCategory("lib", cookies.editor, { name: "Golden Hour", color: "#FFAA00" });
    expect(created.status).toBe(201);
    const category = created.body.category as { id: string; slug: string; color: string; count: number };
    expect(category).toMatchObject({ slug: "golden-hour", name: "Golden Hour", color: "#ffaa00", count: 0 });
    await patch("lib", photoId, cookies.editor, { categoryIds: [category.id] });
    await patch("lib", secondId, cookies.editor, { categoryIds: [category.id] });
    await db.mediaCategory.create({
      data: {
        mediaId: (await db.mediaItem.findFirstOrThrow({ where: { filename: "IMG_0003.jpg" } })).id,
        categoryId: category.id,
      },
    });
    const listed = await categories("lib", cookies.viewer);
    expect(listed.status).toBe(200);
    expect(listed.body.categories).toContainEqual({ ...category, count: 2 });

    expect((await createCategory("lib", cookies.editor, { name: "golden hour" })).status).toBe(409);
    expect((await createCategory("lib", cookies.editor, { name: "Dup", color: "blue" })).status).toBe(422);
    const renamed = await updateCategory("lib", category.id, cookies.editor, {
      name: "Blue Hour",
      color: "#0000ff",
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.category).toMatchObject({
      slug: "blue-hour",
      name: "Blue Hour",
      color: "#0000ff",
      count: 2,
    });
    await createCategory("lib", cookies.editor, { name: "Night" });
    expect((await updateCategory("lib", category.id, cookies.editor, { name: "night" })).status).toBe(409);

    expect((await createCategory("lib", cookies.viewer, { name: "Nope" })).status).toBe(403);
    expect((await updateCategory("lib", category.id, cookies.viewer, { name: "Nope" })).status).toBe(403);
    expect((await deleteCategory("lib", category.id, cookies.viewer)).status).toBe(403);
    expect((await categories("lib", cookies.outsider)).status).toBe(404);
    expect((await createCategory("lib", cookies.outsider, { name: "Nope" })).status).toBe(404);
    expect((await updateCategory("other", otherCategoryId, cookies.editor, { name: "Nope" })).status).toBe(
      404,
    );
    expect((await updateCategory("lib", otherCategoryId, cookies.owner, { name: "Nope" })).status).toBe(404);

    expect((await deleteCategory("lib", category.id, cookies.editor)).status).toBe(204);
    expect(await db.mediaItem.count({ where: { id: { in: [photoId, secondId] } } })).toBe(2);
    expect(await db.mediaCategory.count({ where: { categoryId: category.id } })).toBe(0);
    const actions = await db.auditEntry.findMany({
      where: { entityId: category.id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["category.create", "category.update", "category.delete"]);
  });
});

describe("tags, uploaders and preferences", () => {
  it("suggests the model's tags by use, matching the prefix", async () => {
    const get = async (q: string, cookie = cookies.viewer) =>
      call(
        tagsRoute(request(`/api/models/lib/tags${q}`, cookie), { params: Promise.resolve({ slug: "lib" }) }),
      );
    const all = await get("");
    expect(all.status).toBe(200);
    expect((all.body.tags as { tag: string; count: number }[])[0]).toEqual({ tag: "beach", count: 2 });
    expect((await get("?q=B")).body.tags).toEqual([
      { tag: "beach", count: 2 },
      { tag: "bench", count: 1 },
    ]);
    expect((await get("?q=gold")).body.tags).toEqual([{ tag: "golden-hour", count: 1 }]);
    expect((await get("?q=%25")).body.tags).toEqual([]);
    expect((await get("?q=golden_")).body.tags).toEqual([]);
    expect((await get("?q=golden-")).body.tags).toEqual([{ tag: "golden-hour", count: 1 }]);
    expect((await get("?x=1")).status).toBe(422);
    expect((await get("", cookies.outsider)).status).toBe(404);
  });

  it("lists who uploaded the model's photos", async () => {
    const { status, body } = await call(
      uploadersRoute(request("/api/models/lib/uploaders", cookies.viewer), {
        params: Promise.resolve({ slug: "lib" }),
      }),
    );
    expect(status).toBe(200);
    expect(body.users).toEqual(
      [
        { id: editor.id, name: editor.name },
        { id: owner.id, name: owner.name },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("keeps each user's preferences, refusing bad keys and oversized values", async () => {
    const get = (key: string, cookie: string) =>
      call(
        getPreferenceRoute(request(`/api/me/preferences/${key}`, cookie), {
          params: Promise.resolve({ key }),
        }),
      );
    const put = (key: string, cookie: string, body: unknown) =>
      call(
        putPreferenceRoute(request(`/api/me/preferences/${key}`, cookie, "PUT", body), {
          params: Promise.resolve({ key }),
        }),
      );
    expect(await get("library.view", cookies.viewer)).toEqual({ status: 200, body: { value: null } });
    const value = { mode: "list", columns: { size: false }, sort: "filename", order: "asc" };
    expect(await put("library.view", cookies.viewer, { value })).toEqual({ status: 200, body: { value } });
    expect((await get("library.view", cookies.viewer)).body).toEqual({ value });
    expect((await get("library.view", cookies.editor)).body).toEqual({ value: null });
    expect((await put("Library View", cookies.viewer, { value: 1 })).status).toBe(422);
    expect((await put("library.view", cookies.viewer, { nope: 1 })).status).toBe(422);
    expect((await put("library.view", cookies.viewer, { value: "x".repeat(5000) })).status).toBe(413);
    expect((await get("library.view", cookies.viewer)).body).toEqual({ value });
    expect((await get("library.view", "")).status).toBe(401);
    expect(await put("library.view", cookies.viewer, { value: null })).toEqual({
      status: 200,
      body: { value: null },
    });
  });
});
