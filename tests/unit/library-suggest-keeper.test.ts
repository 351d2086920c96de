import { describe, expect, it } from "vitest";
import { suggestKeeper } from "@/components/library/duplicates/suggest-keeper";

const photo = (id: string, width: number | null, height: number | null, createdAt: string) => ({
  id,
  width,
  height,
  createdAt,
});

describe("suggestKeeper", () => {
  it("keeps the copy with the most pixels", () => {
    const items = [
      photo("small", 800, 600, "2026-01-01T00:00:00Z"),
      photo("large", 4000, 3000, "2026-03-01T00:00:00Z"),
      photo("crop", 3000, 3000, "2025-01-01T00:00:00Z"),
    ];
    expect(suggestKeeper(items)?.id).toBe("large");
  });

  it("keeps the oldest upload when the pixels tie, and counts unprocessed photos as none", () => {
    const items = [
      photo("newer", 1000, 1000, "2026-02-01T00:00:00Z"),
      photo("unprocessed", null, null, "2020-01-01T00:00:00Z"),
      photo("older", 1000, 1000, "2026-01-01T00:00:00Z"),
    ];
    expect(suggestKeeper(items)?.id).toBe("older");
  });

  it("suggests nothing for an empty group", () => {
    expect(suggestKeeper([])).toBeUndefined();
  });
});
