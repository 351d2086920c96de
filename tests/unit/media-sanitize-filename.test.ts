import { describe, expect, it } from "vitest";
import { FILENAME_MAX_LENGTH, sanitizeFilename } from "@/lib/media/intake/sanitize-filename";

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

  it("caps the length at the column's 191 characters and keeps the extension", () => {
    const long = `${"x".repeat(500)}.jpeg`;
    const result = sanitizeFilename(long);
    expect(FILENAME_MAX_LENGTH).toBe(191);
    expect(result).toHaveLength(191);
    expect(result.endsWith(".jpeg")).toBe(true);
    // Counted in characters (code points), as MariaDB counts utf8mb4, so an emoji is never cut in half.
    const emoji = sanitizeFilename(`${"😀".repeat(300)}.png`);
    expect(Array.from(emoji)).toHaveLength(191);
    expect(emoji.endsWith("😀.png")).toBe(true);
    expect(emoji).not.toMatch(/\p{Cs}/u);
  });

  it.each([
    ["191 bytes", `${"a".repeat(187)}.jpg`, `${"a".repeat(187)}.jpg`],
    ["192 bytes", `${"a".repeat(188)}.jpg`, `${"a".repeat(187)}.jpg`],
    ["255 bytes", `${"a".repeat(251)}.jpg`, `${"a".repeat(187)}.jpg`],
    ["1,000 bytes", `${"a".repeat(996)}.jpg`, `${"a".repeat(187)}.jpg`],
    ["10,000 bytes", `${"a".repeat(9996)}.jpg`, `${"a".repeat(187)}.jpg`],
  ])("fits a name of %s into the column", (_label, name, expected) => {
    expect(sanitizeFilename(name)).toBe(expected);
  });

  it("cuts multi-byte names between characters and keeps them whole", () => {
    // CJK: 3 bytes each in UTF-8, one character each in the column.
    const cjk = sanitizeFilename(`${"写真".repeat(200)}.jpg`);
    expect(Array.from(cjk)).toHaveLength(191);
    expect(cjk).toBe(`${"写真".repeat(200).slice(0, 187)}.jpg`);
    // Emoji outside the BMP: two UTF-16 units, one character; a flag is two characters.
    const flags = sanitizeFilename(`${"🇫🇷".repeat(120)}.heic`);
    expect(Array.from(flags)).toHaveLength(191);
    expect(flags).not.toMatch(/\p{Cs}/u);
    expect(flags.endsWith(".heic")).toBe(true);
    // A short multi-byte name is kept as it is.
    expect(sanitizeFilename("東京の夜 🌃.jpg")).toBe("東京の夜 🌃.jpg");
  });

  it("falls back when nothing usable is left", () => {
    expect(sanitizeFilename("")).toBe("photo");
    expect(sanitizeFilename(undefined)).toBe("photo");
    expect(sanitizeFilename("\u202E\u0000")).toBe("photo");
    expect(sanitizeFilename(".jpg")).toBe("photo.jpg");
    expect(sanitizeFilename("dir/")).toBe("photo");
    expect(sanitizeFilename("   ", "upload")).toBe("upload");
  });

  it("gives names that are only dots or spaces the fallback", () => {
    for (const name of [".", "..", "...", ". . .", "   ", " . ", ".".repeat(300), " ".repeat(300)]) {
      expect(sanitizeFilename(name), JSON.stringify(name)).toBe("photo");
    }
    expect(sanitizeFilename("....jpg")).toBe("photo.jpg");
  });
});
