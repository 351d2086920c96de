// The list's hand-written SQL (lib/media/library/media-filter-sql.ts) and the reference filter that bulk
// jobs and downloads use (media-where.ts) must choose the same photos. A random library of 300 rows and
// every filter key, alone and combined, through both; a difference means a bulk "select all N matching"
// would act on other photos than the ones the library showed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pageMedia } from "@/lib/media/library/list-media";
import { mediaFilterSchema, type MediaFilter } from "@/lib/media/library/media-query";
import { mediaWhere } from "@/lib/media/library/media-where";
import { makeUser } from "./auth-session-helper";
import { seedLibraryPhoto } from "./library-seed";

let modelId: string;
let otherModelId: string;
const filters: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const [model, other] = await Promise.all([
    db.model.create({ data: { slug: "sql-lib", displayName: "SQL" } }),
    db.model.create({ data: { slug: "sql-other", displayName: "Other" } }),
  ]);
  modelId = model.id;
  otherModelId = other.id;
  const red = await db.category.create({ data: { modelId, name: "red", slug: "red" } });
  const blue = await db.category.create({ data: { modelId, name: "blue", slug: "blue" } });
  const section = await db.gallerySection.create({ data: { modelId, slug: "s", title: "S" } });
  const words = ["sunset", "beach", "studio", "forest", "IMG", "DSC"];
  const statuses = ["APPROVED", "PENDING", "REJECTED", "NEEDS_REVIEW"] as const;
  // A small deterministic generator: the same library on every run.
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const ids: string[] = [];
  for (let i = 0; i < 300; i++) {
    const word = words[i % words.length]!;
    const photo = await seedLibraryPhoto(i % 10 === 0 ? otherModelId : modelId, {
      filename: `${word}_${1000 + i}.jpg`,
      title: next() < 0.3 ? `${words[(i + 1) % words.length]} light` : "",
      tags: next() < 0.5 ? [words[(i + 2) % words.length]!.toLowerCase(), "ab"] : [],
      width: next() < 0.1 ? null : 1000 + Math.floor(next() * 3) * 500,
      height: 1500,
      takenAt: next() < 0.7 ? new Date(Date.UTC(2024, 0, 1 + i)).toISOString() : null,
      gps: next() < 0.3,
      bytes: Math.floor(next() * 10_000),
      viewCount: Math.floor(next() * 20),
      moderationStatus: statuses[i % statuses.length]!,
      status: i % 17 === 0 ? "FAILED" : "READY",
      uploadedById: i % 3 === 0 ? owner.id : null,
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      deleted: i % 13 === 0,
    });
    ids.push(photo.id);
    if (photo.modelId !== modelId) continue;
    if (i % 4 === 0) await db.mediaCategory.create({ data: { mediaId: photo.id, categoryId: red.id } });
    if (i % 5 === 0) await db.mediaCategory.create({ data: { mediaId: photo.id, categoryId: blue.id } });
    if (i % 6 === 0)
      await db.galleryItem.create({ data: { sectionId: section.id, mediaId: photo.id, position: i } });
  }
  // Near-duplicate pairs (both directions), one of them with a trashed partner.
  const pair = async (a: string, b: string) => {
    await db.mediaSimilar.createMany({
      data: [
        { mediaId: a, otherId: b, distance: 3 },
        { mediaId: b, otherId: a, distance: 3 },
      ],
    });
  };
  await pair(ids[1]!, ids[2]!);
  await pair(ids[3]!, ids[13]!); // 13 is trashed
  Object.assign(filters, {
    none: {},
    trash: { deleted: "1" },
    oneWord: { q: "sunset" },
    prefixAndNumber: { q: "sun 104" },
    shortWord: { q: "ab" },
    punctuation: { q: "!!" },
    status: { status: "FAILED" },
    moderation: { moderation: "PENDING" },
    category: { category: red.id },
    categoryInTrash: { category: blue.id, deleted: "1" },
    section: { section: section.id },
    tag: { tag: "beach" },
    uploadedRange: { from: "2025-01-01T01:00:00Z", to: "2025-01-01T03:00:00Z" },
    takenRange: { from: "2024-03-01", to: "2024-06-30", dateField: "taken" },
    landscape: { orientation: "landscape" },
    portrait: { orientation: "portrait" },
    square: { orientation: "square" },
    gps: { gps: "1" },
    noGps: { gps: "0" },
    uploadedBy: { uploadedBy: owner.id },
    duplicates: { duplicates: "1" },
    similarTo: { similarTo: ids[1]! },
    combination: { q: "beach", moderation: "APPROVED", orientation: "portrait", gps: "0", category: red.id },
    everything: {
      status: "READY",
      moderation: "NEEDS_REVIEW",
      tag: "ab",
      section: section.id,
      from: "2025-01-01",
      to: "2025-01-02",
    },
  });
});

async function viaSql(filter: MediaFilter): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await pageMedia([modelId], filter, { sort: "filename", order: "asc", cursor, limit: 40 });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids.sort();
}

async function viaPrisma(filter: MediaFilter): Promise<string[]> {
  const rows = await db.mediaItem.findMany({ where: mediaWhere(modelId, filter), select: { id: true } });
  return rows.map((row) => row.id).sort();
}

describe("the list's SQL and the reference filter choose the same photos", () => {
  it("for every filter key, alone and combined", async () => {
    const all = await viaPrisma(mediaFilterSchema.parse({}));
    expect(Object.keys(filters).length).toBeGreaterThan(20);
    for (const [name, raw] of Object.entries(filters)) {
      const filter = mediaFilterSchema.parse(raw);
      const expected = await viaPrisma(filter);
      expect(await viaSql(filter), name).toEqual(expected);
      // Each filter except "none" and the trash narrows; otherwise the comparison would prove little.
      if (name !== "none" && name !== "trash") expect(expected.length, name).toBeLessThan(all.length);
    }
  });

  it("never lists another model's photos, and counts what it lists", async () => {
    const page = await pageMedia([modelId], {}, { limit: 200 });
    const others = await db.mediaItem.count({ where: { modelId: otherModelId } });
    expect(others).toBeGreaterThan(0);
    expect(page.items.every((item) => item.modelId === modelId)).toBe(true);
    expect(page.total).toBe(await db.mediaItem.count({ where: { modelId, deletedAt: null } }));
  });
});
