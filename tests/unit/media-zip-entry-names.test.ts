import { describe, expect, test } from "vitest";
import { zipEntryNamer } from "@/lib/media/download/zip-entry-names";

describe("zipEntryNamer", () => {
  test("numbers repeated names case-insensitively, before the extension", () => {
    const name = zipEntryNamer();
    expect(["a.jpg", "A.JPG", "a.jpg", "a (2).jpg", "b"].map(name)).toEqual([
      "a.jpg",
      "A (2).JPG",
      "a (3).jpg",
      "a (2) (2).jpg",
      "b",
    ]);
  });

  test("replaces the extension when asked, and never lets a name reach into a folder", () => {
    const name = zipEntryNamer("jpg");
    expect(name("IMG_1.HEIC")).toBe("IMG_1.jpg");
    expect(name("img_1.png")).toBe("img_1 (2).jpg");
    expect(name("../../etc/passwd")).toBe("passwd.jpg");
    expect(name("")).toBe("photo.jpg");
  });
});
