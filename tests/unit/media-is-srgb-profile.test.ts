import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { iccDescription, isSrgbProfile } from "@/lib/media/derive/is-srgb-profile";

async function profileOf(name: string) {
  const tagged = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#808080" } })
    .withIccProfile(name)
    .jpeg()
    .toBuffer();
  return (await sharp(tagged).metadata()).icc!;
}

describe("isSrgbProfile", () => {
  it("recognises sRGB profiles, and treats an untagged image as sRGB", async () => {
    const srgb = await profileOf("srgb");
    expect(iccDescription(srgb)).toMatch(/sRGB/);
    expect(isSrgbProfile(srgb)).toBe(true);
    expect(isSrgbProfile(undefined)).toBe(true);
  });

  it("does not mistake Display P3 or CMYK for sRGB", async () => {
    expect(isSrgbProfile(await profileOf("p3"))).toBe(false);
    expect(isSrgbProfile(await profileOf("cmyk"))).toBe(false);
  });

  it("is safe on garbage", () => {
    expect(iccDescription(Buffer.alloc(10))).toBeNull();
    expect(isSrgbProfile(Buffer.alloc(300, 0xff))).toBe(false);
  });
});
