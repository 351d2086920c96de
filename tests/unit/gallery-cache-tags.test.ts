import { describe, expect, it } from "vitest";
import {
  GALLERY_LISTING_TAG,
  GALLERY_TAG_PREFIX,
  modelPageTag,
  modelPageTags,
  modelTag,
  sectionPageTags,
  sectionTag,
  tagsForChange,
} from "@/lib/gallery/public/cache-tags";
import { signRevalidation, verifyRevalidation } from "@/lib/gallery/public/revalidate-signature";
import { notPublicReason } from "@/lib/gallery/public/public-media-where";
import { sectionSlugSchema } from "@/lib/gallery/sections/section-schemas";

describe("cache tags", () => {
  it("gives every page a tag of its model, so a model-wide change reaches all of them", () => {
    expect(modelPageTags("ava")).toContain(modelTag("ava"));
    expect(sectionPageTags("ava", "studio")).toContain(modelTag("ava"));
    expect(sectionPageTags("ava", "studio")).toContain(sectionTag("ava", "studio"));
    for (const tag of [...modelPageTags("ava"), ...sectionPageTags("ava", "studio"), GALLERY_LISTING_TAG]) {
      expect(tag.startsWith(GALLERY_TAG_PREFIX)).toBe(true);
      expect(tag.length).toBeLessThanOrEqual(256);
    }
  });

  it("does not let one model's tags match another's, even when one slug starts with the other", () => {
    expect(sectionPageTags("ava", "x")).not.toContain(modelTag("ava-b"));
    expect(tagsForChange({ modelSlug: "ava" })).toEqual([modelTag("ava")]);
    expect(modelTag("ava")).not.toBe(modelTag("ava-b"));
    // Distinct whatever the slugs: a model slug never contains ":".
    expect(sectionTag("ava", "page")).not.toBe(modelPageTag("ava"));
  });

  it("turns a change into exactly the tags of the pages it affects", () => {
    expect(tagsForChange({ modelSlug: "ava", sections: ["studio"] })).toEqual([
      modelPageTag("ava"),
      sectionTag("ava", "studio"),
    ]);
    expect(tagsForChange({ modelSlug: "ava", sections: [] })).toEqual([modelPageTag("ava")]);
    expect(tagsForChange({ modelSlug: "ava", listing: true })).toEqual([
      modelTag("ava"),
      GALLERY_LISTING_TAG,
    ]);
    expect(tagsForChange({ modelSlug: "ava", sections: ["a", "a"] })).toEqual([
      modelPageTag("ava"),
      sectionTag("ava", "a"),
    ]);
  });
});

describe("internal revalidation signature", () => {
  const body = JSON.stringify({ tags: [modelTag("ava")] });
  const now = Date.UTC(2026, 0, 1);

  it("accepts the app's own signature on the same body", () => {
    expect(verifyRevalidation(new Headers(signRevalidation(body, now)), body, now)).toBe(true);
  });

  it("refuses another body, a missing or forged signature, and an old request", () => {
    const headers = new Headers(signRevalidation(body, now));
    expect(verifyRevalidation(headers, body.replace("ava", "bob"), now)).toBe(false);
    expect(verifyRevalidation(new Headers(), body, now)).toBe(false);
    headers.set("x-revalidate-signature", "A".repeat(43));
    expect(verifyRevalidation(headers, body, now)).toBe(false);
    expect(verifyRevalidation(new Headers(signRevalidation(body, now - 5 * 60_000)), body, now)).toBe(false);
  });
});

describe("what the public may see", () => {
  const ready = { status: "READY", moderationStatus: "APPROVED", deletedAt: null };

  it("allows only processed, approved, not deleted photos and says why not otherwise", () => {
    expect(notPublicReason(ready)).toBeNull();
    expect(notPublicReason({ ...ready, status: "PROCESSING" })).toBe("still processing");
    expect(notPublicReason({ ...ready, status: "FAILED" })).toBe("processing failed");
    expect(notPublicReason({ ...ready, moderationStatus: "PENDING" })).toBe("awaiting moderation");
    expect(notPublicReason({ ...ready, moderationStatus: "NEEDS_REVIEW" })).toBe("awaiting moderation");
    expect(notPublicReason({ ...ready, moderationStatus: "REJECTED" })).toBe("rejected");
    expect(notPublicReason({ ...ready, deletedAt: new Date() })).toBe("deleted");
  });

  it("accepts section slugs like model slugs and refuses the reserved ones", () => {
    expect(sectionSlugSchema.parse("summer-2024")).toBe("summer-2024");
    for (const bad of ["Summer", "a--b", "-a", "a/b", "opengraph-image", "", "x".repeat(61)]) {
      expect(sectionSlugSchema.safeParse(bad).success).toBe(false);
    }
  });
});
