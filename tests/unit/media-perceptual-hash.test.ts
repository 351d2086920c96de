import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  columnToHash,
  hammingDistance,
  hashToColumn,
  perceptualHash,
} from "@/lib/media/similar/perceptual-hash";
import type { RawImage } from "@/lib/media/types";
import { fixture } from "../helpers/fixtures";

/** Upright 8-bit RGB pixels, as the derive pipeline hands them on. */
async function rawOf(input: string | Buffer): Promise<RawImage> {
  const { data, info } = await sharp(input)
    .autoOrient()
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: 3 } };
}

const hashOf = async (input: string | Buffer) => perceptualHash(await rawOf(input));

describe("perceptualHash", () => {
  let knocker: Buffer;
  let original: string;
  beforeAll(async () => {
    knocker = await sharp(fixture("door-knocker.jpg")).autoOrient().toBuffer();
    original = await hashOf(knocker);
  });

  it("is 16 hex digits and the same for the same pixels", async () => {
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    expect(await hashOf(knocker)).toBe(original);
  });

  it("barely moves for a resized, a re-encoded and a slightly cropped copy", async () => {
    const { width, height } = await sharp(knocker).metadata();
    const copies = [
      await sharp(knocker).resize({ width: 320 }).jpeg().toBuffer(),
      await sharp(knocker).jpeg({ quality: 30 }).toBuffer(),
      await sharp(await sharp(knocker).webp({ quality: 50 }).toBuffer())
        .jpeg()
        .toBuffer(),
      await sharp(knocker)
        .extract({ left: 0, top: 0, width: Math.round(width * 0.97), height })
        .toBuffer(),
    ];
    const distances = await Promise.all(copies.map(async (c) => hammingDistance(original, await hashOf(c))));
    expect(distances.slice(0, 3).every((d) => d <= 2)).toBe(true);
    expect(distances[3]).toBeLessThanOrEqual(8);
  });

  it("sees the same upright picture in every EXIF orientation", async () => {
    const upright = await hashOf(fixture("orientation-landscape-1.jpg"));
    expect(
      hammingDistance(upright, await hashOf(fixture("orientation-landscape-6.jpg"))),
    ).toBeLessThanOrEqual(2);
  });

  it("keeps unrelated photos far apart", async () => {
    const others = await Promise.all(
      ["phone-gps.jpg", "orientation-landscape-1.jpg", "irvine.avif"].map((n) => hashOf(fixture(n))),
    );
    for (const other of others) expect(hammingDistance(original, other)).toBeGreaterThanOrEqual(20);
  });
});

describe("the phash column", () => {
  it("stores all 64 bits in a signed BIGINT and reads them back", () => {
    for (const hash of [
      "0000000000000000",
      "7fffffffffffffff",
      "8000000000000000",
      "ffffffffffffffff",
      "c6992d5bb26654aa",
    ]) {
      const column = hashToColumn(hash);
      expect(column).toBeGreaterThanOrEqual(-(2n ** 63n));
      expect(column).toBeLessThan(2n ** 63n);
      expect(columnToHash(column)).toBe(hash);
    }
    expect(hashToColumn("ffffffffffffffff")).toBe(-1n);
  });

  it("counts differing bits", () => {
    expect(hammingDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hammingDistance("00000000000000f0", "0000000000000001")).toBe(5);
    expect(hammingDistance("c6992d5bb26654aa", "c6992d5bb26654aa")).toBe(0);
  });
});
