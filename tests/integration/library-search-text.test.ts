// The search text is written two ways: `buildSearchText` when a photo is created, and one SQL UPDATE when
// its text or tags change (`refreshSearchText`, set-based for bulk tag changes). Both must hold the same
// words, or a photo would be found by a word only until its next edit.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildSearchText, refreshSearchText } from "@/lib/media/library/search-text";
import { seedLibraryPhoto } from "./library-seed";

const words = (text: string | null) => (text ?? "").split(/\s+/).filter(Boolean).sort();

describe("search text", () => {
  it("is the same words whether built at upload or refreshed after an edit", async () => {
    const model = await db.model.create({ data: { slug: "search-text", displayName: "Search" } });
    const longTags = Array.from(
      { length: 50 },
      (_, i) => `tag-${String(i).padStart(2, "0")}-${"x".repeat(50)}`,
    );
    const cases = [
      {
        filename: "IMG_2041.final-v2.jpg",
        title: "Été à Nice",
        altText: "  ",
        caption: "Two lines\nof text",
        tags: ["beach", "zürich"],
      },
      { filename: "plain.png", title: "", altText: "", caption: "", tags: [] },
      { filename: "many-tags.jpg", title: "t", altText: "a", caption: "c", tags: longTags },
    ];
    for (const fields of cases) {
      const photo = await seedLibraryPhoto(model.id, { ...fields, createdAt: "2026-01-01T00:00:00Z" });
      await db.mediaItem.update({ where: { id: photo.id }, data: { searchText: null } });
      await db.$transaction((tx) => refreshSearchText(tx, [photo.id]));
      const refreshed = await db.mediaItem.findUniqueOrThrow({ where: { id: photo.id } });
      expect(words(refreshed.searchText), fields.filename).toEqual(words(buildSearchText(fields)));
    }
  });
});
