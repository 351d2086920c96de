import { describe, expect, it } from "vitest";
import {
  createModelSchema,
  modelSlugSchema,
  RESERVED_SLUGS,
  SLUG_MAX_LENGTH,
  updateModelSchema,
} from "@/lib/models/schemas";

const messageFor = (slug: unknown) => {
  const result = modelSlugSchema.safeParse(slug);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("model slug", () => {
  it.each(["jane", "jane-doe", "studio-42", "a", "9lives", "x".repeat(SLUG_MAX_LENGTH)])(
    "accepts %s",
    (slug) => {
      expect(modelSlugSchema.parse(slug)).toBe(slug);
    },
  );

  it("trims surrounding spaces", () => {
    expect(modelSlugSchema.parse("  jane-doe ")).toBe("jane-doe");
  });

  it.each([
    ["Jane", /lowercase/],
    ["jane doe", /lowercase/],
    ["jane_doe", /lowercase/],
    ["-jane", /lowercase/],
    ["jane-", /lowercase/],
    ["jane--doe", /lowercase/],
    ["jané", /lowercase/],
    ["../etc", /lowercase/],
    ["jane/doe", /lowercase/],
    ["", /Enter a slug/],
    ["x".repeat(SLUG_MAX_LENGTH + 1), /60 characters/],
  ])("refuses %j", (slug, message) => {
    expect(messageFor(slug)).toMatch(message);
  });

  it.each(["admin", "api", "signin", "signout", "static", "media"])(
    "refuses the reserved word %s",
    (slug) => {
      expect(RESERVED_SLUGS.has(slug)).toBe(true);
      expect(messageFor(slug)).toMatch(/reserved/);
    },
  );

  it("refuses things that are not strings", () => {
    expect(messageFor(42)).not.toBeNull();
    expect(messageFor(undefined)).not.toBeNull();
  });
});

describe("model schemas", () => {
  it("fills defaults on create", () => {
    expect(createModelSchema.parse({ slug: "jane", displayName: " Jane " })).toEqual({
      slug: "jane",
      displayName: "Jane",
      bio: "",
      published: false,
    });
  });

  it("refuses an empty or unknown patch", () => {
    expect(updateModelSchema.safeParse({}).success).toBe(false);
    expect(updateModelSchema.safeParse({ watermarkText: "x" }).success).toBe(false);
    expect(updateModelSchema.parse({ published: false })).toEqual({ published: false });
  });
});
