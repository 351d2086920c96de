// The on-device classifier for real: nsfwjs' bundled MobileNetV2 on tfjs with the wasm backend,
// fed moderation copies that real sharp makes from the shared fixture photos. No network.
import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { applyPolicy, DEFAULT_POLICY, unsafeScore } from "@/lib/moderation/apply-policy";
import { classifyLocal, loadLocalClassifier, LOCAL_MODEL_ID } from "@/lib/moderation/providers/local";
import { makeModerationCopy, MODERATION_COPY_SIDE } from "@/lib/moderation/make-moderation-copy";
import { NSFW_CLASSES } from "@/lib/moderation/schemas";

import { fixture } from "../helpers/fixtures";

const PHOTOS = [
  "door-knocker.jpg",
  "irvine.avif",
  "orientation-landscape-6.jpg",
  "phone-gps.jpg",
  "png-with-gps.png",
];

describe("on-device classifier (nsfwjs on tfjs wasm)", () => {
  it("loads the model once for concurrent callers", async () => {
    const [first, second] = await Promise.all([loadLocalClassifier(), loadLocalClassifier()]);
    expect(first).toBe(second);
    expect(await loadLocalClassifier()).toBe(first);
  });

  for (const name of PHOTOS) {
    it(`scores every class of ${name} and the default policy approves it, saying why`, async () => {
      const copy = await makeModerationCopy(fixture(name));
      const result = await classifyLocal(copy.data);
      expect(result.model).toBe(LOCAL_MODEL_ID);
      expect(Object.keys(result.scores).sort()).toEqual([...NSFW_CLASSES].sort());
      for (const value of Object.values(result.scores)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(Object.values(result.scores).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 3);
      // Ordinary photos, none suggestive: each is approved without a person, with its scores in the reason.
      const unsafe = unsafeScore(result.scores);
      expect(unsafe).toBeLessThan(DEFAULT_POLICY.policyApproveBelow);
      const outcome = applyPolicy(result.scores);
      expect(outcome).toMatchObject({ decision: "APPROVED", unsafeScore: unsafe });
      expect(outcome.reason).toMatch(
        /^Approved automatically: unsafe score \d\.\d{3} \(\w+ \d\.\d{3}, \w+ \d\.\d{3}, \w+ \d\.\d{3}\) is below 0\.15\.$/,
      );
      expect(outcome.reason).toContain(`unsafe score ${unsafe.toFixed(3)} `);
    });
  }

  it("approves ordinary camera photos automatically with the default policy", async () => {
    for (const name of ["door-knocker.jpg", "phone-gps.jpg"]) {
      const { scores } = await classifyLocal((await makeModerationCopy(fixture(name))).data);
      expect(scores.Neutral).toBeGreaterThan(0.9);
      expect(applyPolicy(scores).decision).toBe("APPROVED");
    }
  });

  it("accepts the raw upright pixels the media pipeline decodes, with the same verdict", async () => {
    const raw = await sharp(fixture("door-knocker.jpg"))
      .autoOrient()
      .resize({ width: 300 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const fromPixels = await classifyLocal({
      data: raw.data,
      info: { width: raw.info.width, height: raw.info.height, channels: 3 },
    });
    const fromJpeg = await classifyLocal((await makeModerationCopy(fixture("door-knocker.jpg"))).data);
    expect(applyPolicy(fromPixels.scores).decision).toBe(applyPolicy(fromJpeg.scores).decision);
    expect(fromPixels.scores.Neutral).toBeCloseTo(fromJpeg.scores.Neutral, 1);
  });

  it("refuses an original in place of the processed copy", async () => {
    const original = await readFile(fixture("phone-gps.jpg"));
    const error = await classifyLocal(original).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/processed copy .* not a 4048x3036 original/),
    });
  });

  it("refuses bytes that are not an image, with a clear error instead of a crash", async () => {
    await expect(classifyLocal(Buffer.from("not an image at all"))).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/could not be decoded/),
    });
  });

  it("classifies several photos at once", async () => {
    const copies = await Promise.all(
      ["door-knocker.jpg", "irvine.avif", "orientation-landscape-3.jpg"].map((name) =>
        makeModerationCopy(fixture(name)),
      ),
    );
    const results = await Promise.all(copies.map((copy) => classifyLocal(copy.data)));
    for (const result of results)
      expect(Object.values(result.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });
});

describe("moderation copy", () => {
  it("is a small upright JPEG without any metadata (no GPS leaves for a provider)", async () => {
    const copy = await makeModerationCopy(fixture("phone-gps.jpg"));
    const meta = await sharp(copy.data).metadata();
    expect(copy.contentType).toBe("image/jpeg");
    expect(meta.format).toBe("jpeg");
    expect(Math.max(meta.width, meta.height)).toBe(MODERATION_COPY_SIDE);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  });

  it("comes out upright from a rotated original (EXIF orientation 6)", async () => {
    const copy = await makeModerationCopy(fixture("orientation-landscape-6.jpg"));
    expect(copy.width).toBeGreaterThan(copy.height);
  });

  it("never enlarges a small image", async () => {
    const copy = await makeModerationCopy(fixture("irvine.avif"));
    expect([copy.width, copy.height]).toEqual([480, 640]);
  });
});
