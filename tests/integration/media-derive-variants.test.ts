import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { deriveAvifVariants } from "@/lib/media/derive/derive-avif-variants";
import { deriveVariants } from "@/lib/media/derive/derive-variants";
import { loadWatermark } from "@/lib/media/watermark/load-watermark";
import { placeholderDataUrl } from "@/lib/media/derive/make-placeholder";
import type { WatermarkSpec } from "@/lib/media/watermark/render-watermark";
import type { DerivedMedia, DerivedVariant } from "@/lib/media/types";
import { keptByEveryCrop } from "@/lib/media/watermark/watermark-safe-area";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { Storage } from "@/lib/storage/storage";

import { fixture } from "../helpers/fixtures";

const TEXT_MARK: WatermarkSpec = {
  kind: "TEXT",
  text: "© phoenix4ge",
  position: "BOTTOM_RIGHT",
  opacity: 0.8,
  scale: 0.3,
  margin: 0.02,
};

let root: string;
let storage: Storage;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "p4g-derive-"));
  storage = createLocalStorage({ root });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function bytesOf(variant: DerivedVariant): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.get(variant.storageKey)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A small greyscale render: orientation and content comparisons without depending on encoder bytes. */
async function greyRender(
  input: Buffer | string,
  region?: { left: number; top: number; width: number; height: number },
) {
  let image = sharp(input).autoOrient();
  if (region) image = image.extract(region);
  return image.resize(60, 40, { fit: "fill" }).greyscale().raw().toBuffer();
}

function meanAbsDiff(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

const largest = (result: DerivedMedia, format: DerivedVariant["format"]) =>
  result.variants
    .filter((v) => v.kind === "DISPLAY" && v.format === format)
    .sort((a, b) => b.width - a.width)[0]!;

/** True when the file still carries an EXIF, XMP or ICC block, by its container's own markers. */
function hasMetadataBlock(bytes: Buffer, format: DerivedVariant["format"]): boolean {
  if (format === "JPEG") {
    // APP1 (EXIF/XMP) and APP2 (ICC) segments before the scan.
    for (let i = 2; i + 4 < bytes.length && bytes[i] === 0xff;) {
      const marker = bytes[i + 1]!;
      if (marker === 0xe1 || marker === 0xe2) return true;
      if (marker === 0xda) break;
      i += 2 + bytes.readUInt16BE(i + 2);
    }
    return false;
  }
  const ascii = bytes.toString("latin1");
  if (format === "WEBP") return ascii.includes("EXIF") || ascii.includes("XMP ") || ascii.includes("ICCP");
  return ascii.includes("Exif") || ascii.includes("mime\0application/rdf+xml");
}

describe("deriveVariants: orientation", () => {
  const ORIENTATIONS = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  let reference: Buffer;

  beforeAll(async () => {
    reference = await greyRender(fixture("orientation-landscape-1.jpg"));
  });

  it.each(ORIENTATIONS)(
    "orientation-landscape-%i.jpg gives upright 1800x1200 variants matching orientation 1",
    async (n) => {
      const result = await deriveVariants({
        mediaId: `orient${n}`,
        revision: 1,
        source: fixture(`orientation-landscape-${n}.jpg`),
        mime: "image/jpeg",
        storage,
      });
      expect(result).toMatchObject({ width: 1800, height: 1200 });
      for (const format of ["JPEG", "WEBP"] as const) {
        const top = largest(result, format);
        expect(top).toMatchObject({ width: 1800, height: 1200 });
        const bytes = await bytesOf(top);
        expect(await sharp(bytes).metadata()).toMatchObject({ width: 1800, height: 1200 });
        expect(meanAbsDiff(await greyRender(bytes), reference)).toBeLessThan(4);
      }
      // Every display variant keeps the upright 3:2 shape.
      for (const v of result.variants.filter((v) => v.kind === "DISPLAY"))
        expect(Math.abs(v.width / v.height - 1.5)).toBeLessThan(0.01);
    },
  );

  it("would notice a wrong orientation (the comparison is not blind)", async () => {
    const mirrored = await sharp(fixture("orientation-landscape-1.jpg")).flop().toBuffer();
    expect(meanAbsDiff(await greyRender(mirrored), reference)).toBeGreaterThan(20);
  });
});

describe("deriveVariants: what the variants are", () => {
  let phone: DerivedMedia;

  beforeAll(async () => {
    phone = await deriveVariants({
      mediaId: "phone",
      revision: 1,
      source: fixture("phone-gps.jpg"),
      mime: "image/jpeg",
      storage,
      watermark: TEXT_MARK,
    });
  }, 60_000);

  it("derives every width up to 2560 (never upscaled) and a 400x400 thumbnail, in JPEG and WebP", () => {
    expect(phone).toMatchObject({ width: 4048, height: 3036 });
    const display = (format: string) =>
      phone.variants
        .filter((v) => v.kind === "DISPLAY" && v.format === format)
        .map((v) => `${v.width}x${v.height}`);
    const expected = ["320x240", "640x480", "960x720", "1280x960", "1920x1440", "2560x1920"];
    expect(display("JPEG")).toEqual(expected);
    expect(display("WEBP")).toEqual(expected);
    expect(
      phone.variants.filter((v) => v.kind === "THUMB").map((v) => `${v.format} ${v.width}x${v.height}`),
    ).toEqual(["JPEG 400x400", "WEBP 400x400"]);
    for (const v of phone.variants) {
      expect(v.storageKey).toMatch(/^public\/phone\/1\/(w\d+|thumb)\.(jpg|webp)$/);
      expect(v.bytes).toBeGreaterThan(0);
    }
  });

  it("writes real files of the stated format, size and byte count", async () => {
    for (const v of phone.variants) {
      const bytes = await bytesOf(v);
      expect(bytes.length).toBe(v.bytes);
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({
        format: v.format === "JPEG" ? "jpeg" : "webp",
        width: v.width,
        height: v.height,
      });
    }
  });

  it("carries no GPS or any other metadata into a public variant (phone-gps.jpg)", async () => {
    for (const v of phone.variants) {
      const bytes = await bytesOf(v);
      expect(await exifr.gps(bytes).catch(() => undefined), v.storageKey).toBeUndefined();
      expect(
        await exifr
          .parse(bytes, { tiff: true, exif: true, gps: true, xmp: true, icc: true })
          .catch(() => undefined),
        v.storageKey,
      ).toBeUndefined();
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.icc, meta.iptc], v.storageKey).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(hasMetadataBlock(bytes, v.format), v.storageKey).toBe(false);
    }
    // The original, by contrast, does carry its position (the checks above can see it).
    const original = await readFile(fixture("phone-gps.jpg"));
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(50.2996, 3) });
    expect(hasMetadataBlock(original, "JPEG")).toBe(true);
  });

  it("carries no GPS from a PNG's eXIf chunk into a public variant (png-with-gps.png)", async () => {
    const png = await deriveVariants({
      mediaId: "pnggps",
      revision: 1,
      source: fixture("png-with-gps.png"),
      mime: "image/png",
      storage,
    });
    expect(png.variants.length).toBeGreaterThan(0);
    for (const v of png.variants) {
      const bytes = await bytesOf(v);
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.icc]).toEqual([undefined, undefined, undefined]);
      expect(hasMetadataBlock(bytes, v.format)).toBe(false);
    }
    expect(await exifr.gps(await readFile(fixture("png-with-gps.png")))).toMatchObject({
      latitude: expect.closeTo(50.2996, 3),
    });
  });

  it("gives a ThumbHash placeholder and a dominant colour", () => {
    expect(phone.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(Buffer.from(phone.placeholder, "base64").length).toBeLessThan(40);
    expect(placeholderDataUrl(phone.placeholder)).toMatch(/^data:image\/png;base64,/);
  });

  it("overwrites on a retry: the same keys, no extra files", async () => {
    const countFiles = async () => (await readdir(path.join(root, "public", "phone", "1"))).length;
    const before = await countFiles();
    const again = await deriveVariants({
      mediaId: "phone",
      revision: 1,
      source: fixture("phone-gps.jpg"),
      mime: "image/jpeg",
      storage,
      watermark: TEXT_MARK,
    });
    expect(again.variants.map((v) => v.storageKey)).toEqual(phone.variants.map((v) => v.storageKey));
    expect(await countFiles()).toBe(before);
    expect(before).toBe(14);
  }, 60_000);
});

describe("deriveVariants: watermark", () => {
  // door-knocker.jpg is 800x533: display widths 320, 640 and 800, and the 400x400 thumbnail.
  let plain: DerivedMedia;
  let marked: DerivedMedia;

  beforeAll(async () => {
    const input = { revision: 1, source: fixture("door-knocker.jpg"), mime: "image/jpeg", storage };
    plain = await deriveVariants({ ...input, mediaId: "knock-plain" });
    marked = await deriveVariants({ ...input, mediaId: "knock-marked", watermark: TEXT_MARK });
  });

  const pair = (kind: string, format: string, width: number) =>
    [plain, marked].map((r) =>
      r.variants.find((v) => v.kind === kind && v.format === format && v.width === width)!,
    );

  it("appears in the chosen corner (of what cover crops keep) of every variant at least 480 wide, and nowhere else", async () => {
    for (const format of ["JPEG", "WEBP"] as const) {
      for (const width of [640, 800]) {
        const [a, b] = pair("DISPLAY", format, width);
        const h = a!.height;
        // The corner of the part every public cover crop keeps, where the mark sits.
        const area = keptByEveryCrop(width, h);
        const corner = {
          left: area.left + Math.round(area.width * 0.6),
          top: area.top + Math.round(area.height * 0.75),
          width: Math.round(area.width * 0.4),
          height: area.height - Math.round(area.height * 0.75),
        };
        const opposite = { left: 0, top: 0, width: Math.round(width * 0.4), height: Math.round(h * 0.25) };
        const [pa, pb] = [await bytesOf(a!), await bytesOf(b!)];
        expect(
          meanAbsDiff(await greyRender(pa, corner), await greyRender(pb, corner)),
          `${format} ${width} corner`,
        ).toBeGreaterThan(3);
        expect(
          meanAbsDiff(await greyRender(pa, opposite), await greyRender(pb, opposite)),
          `${format} ${width} opposite`,
        ).toBeLessThan(1);
      }
    }
  });

  it("is absent from the thumbnail and from variants under 480 wide", async () => {
    for (const format of ["JPEG", "WEBP"] as const) {
      for (const [kind, width] of [
        ["DISPLAY", 320],
        ["THUMB", 400],
      ] as const) {
        const [a, b] = pair(kind, format, width);
        // Same pixels in, same encoder settings: the files are identical.
        expect((await bytesOf(a!)).equals(await bytesOf(b!)), `${format} ${kind} ${width}`).toBe(true);
      }
    }
  });

  it("can be the model's logo from storage, placed where the model's settings say", async () => {
    const logo = await sharp({
      create: { width: 200, height: 100, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } },
    })
      .png()
      .toBuffer();
    await storage.put("public/logos/model1/1/logo.png", logo, { contentType: "image/png" });
    const watermark = await loadWatermark(
      {
        watermarkKind: "LOGO",
        watermarkText: null,
        watermarkLogoKey: "public/logos/model1/1/logo.png",
        watermarkPosition: "CENTER",
        watermarkOpacity: 1,
        watermarkScale: 0.25,
        watermarkMargin: 0,
      },
      storage,
    );
    const result = await deriveVariants({
      mediaId: "knock-logo",
      revision: 1,
      source: fixture("door-knocker.jpg"),
      mime: "image/jpeg",
      storage,
      watermark,
    });
    const v = result.variants.find((x) => x.kind === "DISPLAY" && x.format === "JPEG" && x.width === 800)!;
    // The logo is 200 px wide (25% of 800) and 100 high, centred.
    const { data } = await sharp(await bytesOf(v))
      .extract({ left: 360, top: 226, width: 80, height: 80 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const mean = [0, 1, 2].map(
      (c) => data.filter((_, i) => i % 3 === c).reduce((s, x) => s + x, 0) / (data.length / 3),
    );
    expect(mean[0]).toBeGreaterThan(230);
    expect(mean[1]).toBeLessThan(30);
  });

  it("writes only public variants: nothing beside them, no temp files", async () => {
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const relative = files.map((e) => path.relative(root, path.join(e.parentPath, e.name)));
    expect(relative.length).toBeGreaterThan(0);
    expect(relative.filter((f) => !f.startsWith(`public${path.sep}`))).toEqual([]);
  });
});

describe("deriveVariants: other inputs", () => {
  it("decodes a HEVC-coded HEIC (single.heic) and derives upright variants", async () => {
    const result = await deriveVariants({
      mediaId: "heic",
      revision: 1,
      source: fixture("single.heic"),
      mime: "image/heif",
      storage,
      watermark: TEXT_MARK,
    });
    expect(result).toMatchObject({ width: 1440, height: 960 });
    expect(largest(result, "JPEG")).toMatchObject({ width: 1440, height: 960 });
    expect(largest(result, "WEBP")).toMatchObject({ width: 1440, height: 960 });
    const bytes = await bytesOf(largest(result, "JPEG"));
    // Real pixels, not a blank frame: an autumn scene has plenty of contrast.
    const stats = await sharp(bytes).stats();
    expect(stats.channels[0]!.stdev).toBeGreaterThan(20);
  }, 60_000);

  it("refuses a damaged HEIC with a clear AppError, not a crash", async () => {
    const truncated = (await readFile(fixture("single.heic"))).subarray(0, 5000);
    await expect(
      deriveVariants({ mediaId: "heic-bad", revision: 1, source: truncated, mime: "image/heif", storage }),
    ).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/HEIC\/HEIF photo could not be decoded/),
    });
  });

  it("makes variants of broken.jpg, whose corrupt data still decodes (with warnings)", async () => {
    const result = await deriveVariants({
      mediaId: "broken",
      revision: 1,
      source: fixture("broken.jpg"),
      mime: "image/jpeg",
      storage,
    });
    expect(largest(result, "JPEG")).toMatchObject({ width: 600, height: 900 });
    expect(largest(result, "WEBP")).toMatchObject({ width: 600, height: 900 });
  });

  it("refuses a JPEG cut short with a clear AppError, not a crash", async () => {
    const truncated = (await readFile(fixture("door-knocker.jpg"))).subarray(0, 20_000);
    const error = await deriveVariants({
      mediaId: "jpeg-cut",
      revision: 1,
      source: truncated,
      mime: "image/jpeg",
      storage,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/could not be decoded \(.+\)/),
    });
    expect(await readdir(root, { recursive: true })).not.toContainEqual(expect.stringContaining("jpeg-cut"));
  });

  it("converts a photo tagged with another colour profile (Display P3) to sRGB", async () => {
    const srgb = { r: 200, g: 100, b: 50 };
    // sharp converts the sRGB colour into P3 numbers and tags the file with the P3 profile.
    const p3 = await sharp({ create: { width: 64, height: 64, channels: 3, background: srgb } })
      .withIccProfile("p3")
      .jpeg({ quality: 100 })
      .toBuffer();
    const stored = await sharp(p3, { ignoreIcc: true }).resize(1, 1).raw().toBuffer();
    expect(
      Math.abs(stored[0]! - srgb.r) + Math.abs(stored[1]! - srgb.g) + Math.abs(stored[2]! - srgb.b),
    ).toBeGreaterThan(15);

    const result = await deriveVariants({
      mediaId: "p3",
      revision: 1,
      source: p3,
      mime: "image/jpeg",
      storage,
    });
    const webp = largest(result, "WEBP");
    const pixel = await sharp(await bytesOf(webp))
      .resize(1, 1)
      .raw()
      .toBuffer();
    expect(
      Math.abs(pixel[0]! - srgb.r) + Math.abs(pixel[1]! - srgb.g) + Math.abs(pixel[2]! - srgb.b),
    ).toBeLessThan(9);
  });

  it("turns bytes that are not an image into an AppError with a reason", async () => {
    await expect(
      deriveVariants({
        mediaId: "garbage",
        revision: 1,
        source: Buffer.from("not an image"),
        mime: "image/jpeg",
        storage,
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("applies edit operations before deriving: rotate, crop, flip", async () => {
    const result = await deriveVariants({
      mediaId: "edited",
      revision: 2,
      source: fixture("orientation-landscape-1.jpg"),
      mime: "image/jpeg",
      storage,
      operations: [
        { type: "crop", left: 0, top: 0, width: 0.5, height: 1 },
        { type: "rotate", angle: 90 },
        { type: "flip", axis: "horizontal" },
      ],
    });
    // 1800x1200 → crop left half 900x1200 → rotate 1200x900 → mirror.
    expect(result).toMatchObject({ width: 1200, height: 900 });
    // One pass per step: inside a single pipeline sharp picks its own order.
    const cropped = await sharp(fixture("orientation-landscape-1.jpg"))
      .extract({ left: 0, top: 0, width: 900, height: 1200 })
      .toBuffer();
    const rotated = await sharp(cropped).rotate(90).toBuffer();
    const expected = await sharp(rotated).flop().toBuffer();
    const top = largest(result, "JPEG");
    expect(top).toMatchObject({ width: 1200, height: 900, storageKey: "public/edited/2/w1200.jpg" });
    expect(meanAbsDiff(await greyRender(await bytesOf(top)), await greyRender(expected))).toBeLessThan(4);
  });
});

describe("deriveAvifVariants", () => {
  it("derives the same widths and thumbnail as AVIF, watermarked, without metadata", async () => {
    const variants = await deriveAvifVariants({
      mediaId: "knock-avif",
      revision: 1,
      source: fixture("door-knocker.jpg"),
      mime: "image/jpeg",
      storage,
      watermark: TEXT_MARK,
    });
    expect(variants.map((v) => `${v.kind} ${v.format} ${v.width}x${v.height}`)).toEqual([
      "DISPLAY AVIF 320x213",
      "DISPLAY AVIF 640x426",
      "DISPLAY AVIF 800x533",
      "THUMB AVIF 400x400",
    ]);
    for (const v of variants) {
      expect(v.storageKey).toMatch(/^public\/knock-avif\/1\/(w\d+|thumb)\.avif$/);
      const bytes = await bytesOf(v);
      expect(bytes.length).toBe(v.bytes);
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: "heif", compression: "av1", width: v.width, height: v.height });
      expect([meta.exif, meta.xmp]).toEqual([undefined, undefined]);
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    }
  }, 60_000);
});

describe("sharp settings", () => {
  it("uses two libvips threads, set once by the media code", () => {
    expect(sharp.concurrency()).toBe(2);
  });
});
