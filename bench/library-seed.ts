// A model with a very large library for the library bench: realistic filenames, titles, alt texts, tags,
// categories, dates, sizes, orientations, GPS, moderation states and views, inserted with multi-row
// INSERTs (100,000 rows in well under a minute). Only the newest photos get real (hard-linked) variants;
// the rest show their placeholder colour, which is all a list row needs.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchText } from "@/lib/media/library/search-text";

const WORDS = [
  "sunset",
  "beach",
  "portrait",
  "studio",
  "city",
  "night",
  "forest",
  "mountain",
  "lake",
  "street",
  "window",
  "rain",
  "summer",
  "winter",
  "autumn",
  "spring",
  "coffee",
  "market",
  "bridge",
  "harbour",
  "garden",
  "rooftop",
  "desert",
  "field",
  "snow",
  "river",
  "station",
  "museum",
  "festival",
  "concert",
];
const TAGS = [
  ...WORDS,
  "editorial",
  "campaign",
  "behind-the-scenes",
  "close-up",
  "full-length",
  "black-and-white",
  "colour",
  "outdoor",
  "indoor",
  "natural-light",
  "flash",
  "golden-hour",
  "blue-hour",
  "candid",
  "posed",
  "fashion",
  "beauty",
  "swimwear",
  "lingerie",
  "sportswear",
  "denim",
  "evening",
  "casual",
];
const CATEGORIES = [
  ["Editorial", "#2563eb"],
  ["Campaigns", "#dc2626"],
  ["Portraits", "#16a34a"],
  ["Travel", "#d97706"],
  ["Studio", "#7c3aed"],
  ["Outdoor", "#0891b2"],
  ["Fashion week", "#db2777"],
  ["Archive", "#52525b"],
  ["Polaroids", "#65a30d"],
  ["Press", "#0f766e"],
] as const;
const CAMERAS = ["IMG", "DSC", "DSCF", "_MG", "PXL", "P"];

/** A small deterministic generator, so two bench runs seed the same library. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeededLibrary {
  modelId: string;
  slug: string;
  ownerId: string;
  categoryIds: string[];
  ids: string[];
}

export async function seedLibrary(options: { count: number; ownerId: string }): Promise<SeededLibrary> {
  const rand = random(20261203);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const suffix = randomBytes(3).toString("hex");
  const model = await db.model.create({
    data: { slug: `library-bench-${suffix}`, displayName: "Library Bench", published: true },
  });
  const categoryIds: string[] = [];
  for (const [name, color] of CATEGORIES) {
    const category = await db.category.create({
      data: { modelId: model.id, name, slug: name.toLowerCase().replace(/\s+/g, "-"), color },
    });
    categoryIds.push(category.id);
  }

  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2026, 10, 30) - start;
  const ids: string[] = [];
  const batch = 2000;
  for (let offset = 0; offset < options.count; offset += batch) {
    const rows: Prisma.Sql[] = [];
    const tagRows: Prisma.Sql[] = [];
    const categoryRows: Prisma.Sql[] = [];
    for (let i = offset; i < Math.min(options.count, offset + batch); i++) {
      const id = `lb${suffix}${i.toString(36).padStart(6, "0")}`;
      ids.push(id);
      // Uploads grow over time: later rows are newer.
      const createdAt = new Date(start + (span * (i + rand())) / options.count);
      const taken = rand() < 0.8 ? new Date(createdAt.getTime() - rand() * 30 * 86_400_000) : null;
      const camera = pick(CAMERAS);
      const word = pick(WORDS);
      const filename =
        rand() < 0.7
          ? `${camera}_${String(1000 + (i % 9000)).padStart(4, "0")}.jpg`
          : `${word}-${pick(WORDS)}-${i % 500}.jpg`;
      const titled = rand() < 0.4;
      const title = titled ? `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(WORDS)}` : "";
      const altText = rand() < 0.6 ? `A model at the ${word} in ${pick(WORDS)} light` : "";
      const caption =
        rand() < 0.2 ? `Shot for the ${pick(WORDS)} series, ${createdAt.getUTCFullYear()}.` : "";
      const tags = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => pick(TAGS)))];
      const orientation = rand();
      const [width, height] =
        orientation < 0.55 ? [4000, 6000] : orientation < 0.9 ? [6000, 4000] : [4000, 4000];
      const moderation = rand();
      const moderationStatus =
        moderation < 0.8
          ? "APPROVED"
          : moderation < 0.9
            ? "NEEDS_REVIEW"
            : moderation < 0.97
              ? "PENDING"
              : "REJECTED";
      const gps = rand() < 0.3;
      const bytes = 800_000 + Math.floor(rand() * 12_000_000);
      const phash = BigInt.asIntN(64, BigInt(`0x${randomBytes(8).toString("hex")}`));
      rows.push(
        Prisma.sql`(${id}, ${model.id}, ${filename}, ${title}, ${altText}, ${caption}, ${`library-bench/${id}`}, 'image/jpeg', ${bytes}, ${randomBytes(32).toString("hex")}, ${width}, ${height}, 'READY', ${moderationStatus}, ${`#${randomBytes(3).toString("hex")}`}, ${taken}, ${gps ? 48.85 + rand() : null}, ${gps ? 2.35 + rand() : null}, ${phash}, ${Math.floor(rand() ** 3 * 5000)}, ${buildSearchText({ filename, title, altText, caption, tags })}, ${options.ownerId}, ${createdAt}, ${createdAt})`,
      );
      for (const tag of tags) tagRows.push(Prisma.sql`(${id}, ${model.id}, ${tag})`);
      const inCategories = new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(categoryIds)));
      for (const categoryId of inCategories) categoryRows.push(Prisma.sql`(${id}, ${categoryId})`);
    }
    await db.$executeRaw`INSERT INTO MediaItem (id, modelId, filename, title, altText, caption, originalKey, mime, bytes, sha256, width, height, status, moderationStatus, dominantColor, takenAt, gpsLatitude, gpsLongitude, phash, viewCount, searchText, uploadedById, createdAt, updatedAt) VALUES ${Prisma.join(rows)}`;
    if (tagRows.length)
      await db.$executeRaw`INSERT INTO MediaTag (mediaId, modelId, tag) VALUES ${Prisma.join(tagRows)}`;
    if (categoryRows.length)
      await db.$executeRaw`INSERT INTO MediaCategory (mediaId, categoryId) VALUES ${Prisma.join(categoryRows)}`;
  }
  await db.$executeRawUnsafe("ANALYZE TABLE MediaItem, MediaTag, MediaCategory");
  return { modelId: model.id, slug: model.slug, ownerId: options.ownerId, categoryIds, ids };
}
