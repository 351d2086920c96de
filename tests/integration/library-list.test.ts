// The library's list on the real database: each filter on a small crafted set, each sort both ways paged
// two at a time through every row (ties and NULL takenAt included), the total, the refusals (unknown
// parameter, malformed value, bad cursor) and the scope of the list across models.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listAllRoute } from "@/app/api/media/route";
import { GET as listRoute } from "@/app/api/models/[slug]/media/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { createSection } from "@/lib/gallery/sections/create-section";
import { MEDIA_SORTS } from "@/lib/media/library/media-query";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedLibraryPhoto } from "./library-seed";

type Page = { items: MediaDto[]; nextCursor: string | null; total: number; error?: { message: string } };

async function list(query: string, cookie: string, slug = "lib") {
  const response = await listRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media${query}`, { headers: { cookie } }),
    {
      params: Promise.resolve({ slug }),
    },
  );
  return { status: response.status, body: (await response.json()) as Page };
}

async function listAll(query: string, cookie: string) {
  const response = await listAllRoute(new Request(`${ORIGIN}/api/media${query}`, { headers: { cookie } }));
  return { status: response.status, body: (await response.json()) as Page };
}

let owner: StaffUser, editor: StaffUser, outsider: StaffUser;
const cookies: Record<"owner" | "editor" | "outsider", string> = { owner: "", editor: "", outsider: "" };
const ids: Record<string, string> = {};
let categoryId: string, sectionId: string;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  editor = await makeUser("EDITOR", "editor");
  outsider = await makeUser("EDITOR", "outsider");
  const lib = await createModel(owner, { slug: "lib", displayName: "Lib" });
  const other = await createModel(owner, { slug: "other", displayName: "Other" });
  await setModelMembers(owner, "lib", { userIds: [editor.id] });
  await setModelMembers(owner, "other", { userIds: [outsider.id] });
  const photos = {
    sunset: {
      filename: "IMG_2041.jpg",
      title: "Sunset beach",
      tags: ["beach", "summer"],
      takenAt: "2025-06-01T10:00:00Z",
      gps: true,
      bytes: 5000,
      viewCount: 10,
      uploadedById: editor.id,
      createdAt: "2026-01-01T00:00:00Z",
    },
    anna: {
      filename: "portrait-anna.jpg",
      caption: "Anna in the studio",
      width: 800,
      height: 1200,
      bytes: 3000,
      viewCount: 5,
      uploadedById: owner.id,
      moderationStatus: "PENDING" as const,
      createdAt: "2026-01-02T00:00:00Z",
    },
    square: {
      filename: "square.png",
      width: 1000,
      height: 1000,
      takenAt: "2025-06-01T10:00:00Z",
      bytes: 5000,
      moderationStatus: "REJECTED" as const,
      createdAt: "2026-01-03T00:00:00Z",
    },
    car: {
      filename: "DSC_0001.jpg",
      altText: "Red car",
      tags: ["car"],
      width: null,
      height: null,
      status: "FAILED" as const,
      bytes: 1000,
      viewCount: 10,
      createdAt: "2026-01-03T00:00:00Z",
    },
    trashed: { filename: "old.jpg", deleted: true, createdAt: "2026-01-05T00:00:00Z" },
    copy: {
      filename: "IMG_2042.jpg",
      takenAt: "2024-12-31T23:00:00Z",
      moderationStatus: "NEEDS_REVIEW" as const,
      createdAt: "2026-01-06T00:00:00Z",
    },
  };
  for (const [name, photo] of Object.entries(photos)) ids[name] = (await seedLibraryPhoto(lib.id, photo)).id;
  ids.elsewhere = (
    await seedLibraryPhoto(other.id, { filename: "IMG_9999.jpg", createdAt: "2026-01-04T00:00:00Z" })
  ).id;
  categoryId = (await db.category.create({ data: { modelId: lib.id, slug: "beach", name: "Beach" } })).id;
  await db.mediaCategory.create({ data: { mediaId: ids.sunset!, categoryId } });
  sectionId = (await createSection(owner, "lib", { slug: "portraits", title: "Portraits" })).id;
  await db.galleryItem.create({ data: { sectionId, mediaId: ids.anna!, position: 0 } });
  await db.mediaSimilar.createMany({
    data: [
      { mediaId: ids.sunset!, otherId: ids.copy!, distance: 3 },
      { mediaId: ids.copy!, otherId: ids.sunset!, distance: 3 },
    ],
  });
  cookies.owner = await sessionCookieFor(owner.email);
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.outsider = await sessionCookieFor(outsider.email);
});

const names = (items: MediaDto[]) =>
  items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id).sort();

async function matching(query: string) {
  const { status, body } = await list(query, cookies.editor);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.total).toBe(body.items.length);
  return names(body.items);
}

describe("filters", () => {
  it("lists the model's photos outside the trash, newest first, with the total", async () => {
    const { body } = await list("", cookies.editor);
    expect(body.items.map((i) => i.filename)).toEqual([
      "IMG_2042.jpg",
      ...[ids.square!, ids.car!]
        .sort()
        .reverse()
        .map((id) => (id === ids.car ? "DSC_0001.jpg" : "square.png")),
      "portrait-anna.jpg",
      "IMG_2041.jpg",
    ]);
    expect(body.total).toBe(5);
    expect(body.nextCursor).toBeNull();
  });

  it("narrows by each filter", async () => {
    expect(await matching("?q=sunset")).toEqual(["sunset"]);
    expect(await matching("?q=2041")).toEqual(["sunset"]);
    expect(await matching("?q=img")).toEqual(["copy", "sunset"]);
    expect(await matching("?q=studio%20anna")).toEqual(["anna"]);
    expect(await matching("?q=red")).toEqual(["car"]);
    expect(await matching("?q=summ")).toEqual(["sunset"]);
    expect(await matching("?q=nothing-like-this")).toEqual([]);
    expect(await matching("?status=FAILED")).toEqual(["car"]);
    expect(await matching("?moderation=PENDING")).toEqual(["anna"]);
    expect(await matching("?moderation=NEEDS_REVIEW")).toEqual(["copy"]);
    expect(await matching(`?category=${categoryId}`)).toEqual(["sunset"]);
    expect(await matching(`?section=${sectionId}`)).toEqual(["anna"]);
    expect(await matching("?tag=Beach")).toEqual(["sunset"]);
    expect(await matching("?from=2026-01-02&to=2026-01-03")).toEqual(["anna", "car", "square"]);
    expect(await matching("?from=2026-01-06")).toEqual(["copy"]);
    expect(await matching("?dateField=taken&to=2025-01-01")).toEqual(["copy"]);
    expect(await matching("?dateField=taken&from=2025-06-01&to=2025-06-01")).toEqual(["square", "sunset"]);
    expect(await matching("?orientation=landscape")).toEqual(["copy", "sunset"]);
    expect(await matching("?orientation=portrait")).toEqual(["anna"]);
    expect(await matching("?orientation=square")).toEqual(["square"]);
    expect(await matching("?gps=1")).toEqual(["sunset"]);
    expect(await matching("?gps=0")).toEqual(["anna", "car", "copy", "square"]);
    expect(await matching(`?uploadedBy=${editor.id}`)).toEqual(["sunset"]);
    expect(await matching("?duplicates=1")).toEqual(["copy", "sunset"]);
    expect(await matching(`?similarTo=${ids.sunset}`)).toEqual(["copy"]);
    expect(await matching("?deleted=1")).toEqual(["trashed"]);
    expect(await matching("?q=img&gps=1&orientation=landscape")).toEqual(["sunset"]);
    // Empty values mean "not set".
    expect(await matching("?q=&status=&tag=")).toHaveLength(5);
  });
});

describe("sorting and paging", () => {
  const column = {
    createdAt: "createdAt",
    takenAt: "takenAt",
    filename: "filename",
    bytes: "bytes",
    views: "viewCount",
  } as const;

  it.each(MEDIA_SORTS.flatMap((sort) => (["asc", "desc"] as const).map((order) => [sort, order] as const)))(
    "pages by %s %s two at a time with no gap, no repeat and the database's order",
    async (sort, order) => {
      const expected = await db.mediaItem.findMany({
        where: { model: { slug: "lib" }, deletedAt: null },
        orderBy: [{ [column[sort]]: order }, { id: order }],
        select: { id: true },
      });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query = `?sort=${sort}&order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
        const { status, body } = await list(query, cookies.editor);
        expect(status, JSON.stringify(body)).toBe(200);
        expect(body.total).toBe(5);
        seen.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(seen).toEqual(expected.map((row) => row.id));
      expect(new Set(seen).size).toBe(5);
    },
  );

  it("puts photos without a taken date last newest-first and first oldest-first", async () => {
    const desc = (await list("?sort=takenAt&order=desc", cookies.editor)).body.items;
    expect(desc.slice(-2).map((i) => i.takenAt)).toEqual([null, null]);
    const asc = (await list("?sort=takenAt&order=asc", cookies.editor)).body.items;
    expect(asc.slice(0, 2).map((i) => i.takenAt)).toEqual([null, null]);
  });

  it("pages through a filter and keeps its total", async () => {
    const first = await list("?q=img&limit=1&sort=filename&order=asc", cookies.editor);
    expect(first.body.items.map((i) => i.filename)).toEqual(["IMG_2041.jpg"]);
    expect(first.body.total).toBe(2);
    const second = await list(
      `?q=img&limit=1&sort=filename&order=asc&cursor=${first.body.nextCursor}`,
      cookies.editor,
    );
    expect(second.body.items.map((i) => i.filename)).toEqual(["IMG_2042.jpg"]);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe("refusals", () => {
  it("answers 422 naming an unknown parameter, a malformed value or a bad cursor", async () => {
    const unknown = await list("?colour=red", cookies.editor);
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.message).toContain("colour");
    for (const query of [
      "?status=BOGUS",
      "?sort=size",
      "?order=up",
      "?limit=0",
      "?limit=201",
      "?from=yesterday",
      "?gps=maybe",
      "?category=x",
    ]) {
      const { status, body } = await list(query, cookies.editor);
      expect(status, query).toBe(422);
      expect(body.error?.message, query).toContain(query.slice(1, query.indexOf("=")));
    }
    for (const cursor of ["garbage", Buffer.from("[1,2]").toString("base64url"), "%%%"]) {
      const { status, body } = await list(`?cursor=${cursor}`, cookies.editor);
      expect(status, cursor).toBe(422);
      expect(body.error?.message).toContain("cursor");
    }
    // A cursor of another sort is not a position in this list.
    const byName = await list("?sort=filename&limit=1", cookies.editor);
    expect((await list(`?sort=bytes&cursor=${byName.body.nextCursor}`, cookies.editor)).status).toBe(422);
  });
});

describe("scope", () => {
  it("shows another model's list to nobody outside it", async () => {
    expect((await list("", cookies.outsider)).status).toBe(404);
    expect((await list("", cookies.editor, "other")).status).toBe(404);
  });

  it("lists across every model the caller may see, narrowed by model", async () => {
    const editorAll = await listAll("", cookies.editor);
    expect(editorAll.status).toBe(200);
    expect(editorAll.body.total).toBe(5);
    expect(editorAll.body.items.every((item) => item.modelSlug === "lib")).toBe(true);
    const outsiderAll = await listAll("", cookies.outsider);
    expect(outsiderAll.body.items.map((i) => i.id)).toEqual([ids.elsewhere]);
    const ownerAll = await listAll("?limit=2", cookies.owner);
    expect(ownerAll.body.total).toBe(6);
    expect(ownerAll.body.items).toHaveLength(2);
    const narrowed = await listAll("?model=other", cookies.owner);
    expect(narrowed.body.items.map((i) => i.id)).toEqual([ids.elsewhere]);
    expect((await listAll("?model=other", cookies.editor)).status).toBe(404);
    expect((await listAll("?bogus=1", cookies.owner)).status).toBe(422);
  });

  it("pages across models by the shared keyset", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await listAll(
        `?limit=2&sort=bytes&order=asc${cursor ? `&cursor=${cursor}` : ""}`,
        cookies.owner,
      );
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(6);
  });
});

describe("the Media JSON", () => {
  it("carries title, alt text, caption, tags, categories, sections, views, taken date, uploader and trash date", async () => {
    const { body } = await list("?q=sunset", cookies.editor);
    expect(body.items[0]).toMatchObject({
      title: "Sunset beach",
      altText: "",
      caption: "",
      tags: ["beach", "summer"],
      categories: [{ id: categoryId, slug: "beach", name: "Beach", color: "#71717a" }],
      sections: [],
      viewCount: 10,
      takenAt: "2025-06-01T10:00:00.000Z",
      uploadedBy: { id: editor.id, name: editor.name },
      deletedAt: null,
    });
    const anna = (await list("?q=anna", cookies.editor)).body.items[0]!;
    expect(anna.sections).toEqual([{ id: sectionId, slug: "portraits", title: "Portraits" }]);
    const trashed = (await list("?deleted=1", cookies.editor)).body.items[0]!;
    expect(trashed.deletedAt).not.toBeNull();
  });
});
