import { describe, expect, it } from "vitest";
import { sanitizeFilename } from "@/lib/media/intake/sanitize-filename";

describe("sanitizeFilename", () => {
  it("keeps an ordinary name as it is", () => {
    expect(sanitizeFilename("Beach day 2024.jpg")).toBe("Beach day 2024.jpg");
    expect(sanitizeFilename("Zoë at the café.heic")).toBe("Zoë at the café.heic");
  });

  it("drops directories from Unix and Windows paths", () => {
    expect(sanitizeFilename("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFilename("C:\\Users\\ann\\Pictures\\me.png")).toBe("me.png");
    expect(sanitizeFilename("/abs/path/photo.webp")).toBe("photo.webp");
  });

  it("removes control characters and bidi overrides that disguise the extension", () => {
    expect(sanitizeFilename("evil\u202Egpj.exe")).toBe("evilgpj.exe");
    expect(sanitizeFilename("a\u2066b\u2069c\u200F.jpg")).toBe("abc.jpg");
    expect(sanitizeFilename("line\nbreak\r\t\u0000\u007f\u0085.jpg")).toBe("linebreak.jpg");
  });

  it("collapses whitespace and removes leading dots", () => {
    expect(sanitizeFilename("  my    photo .jpg  ")).toBe("my photo.jpg");
    expect(sanitizeFilename("..hidden.jpg")).toBe("hidden.jpg");
  });

  it("caps the length at 200 characters and keeps the extension", () => {
    const long = `${"x".repeat(500)}.jpeg`;
    const result = sanitizeFilename(long);
    expect(result).toHaveLength(200);
    expect(result.endsWith(".jpeg")).toBe(true);
    // Counted in characters, so an emoji is never cut in half.
    const emoji = sanitizeFilename(`${"😀".repeat(300)}.png`);
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji.endsWith("😀.png")).toBe(true);
  });

  it("falls back when nothing usable is left", () => {
    expect(sanitizeFilename("")).toBe("photo");
    expect(sanitizeFilename(undefined)).toBe("photo");
    expect(sanitizeFilename("\u202E\u0000")).toBe("photo");
    expect(sanitizeFilename(".jpg")).toBe("photo.jpg");
    expect(sanitizeFilename("dir/")).toBe("photo");
    expect(sanitizeFilename("   ", "upload")).toBe("upload");
  });
});
