import { describe, expect, it } from "vitest";
import { editOperationsSchema } from "@/lib/media/edit/edit-operations";
import { planVariantWidths } from "@/lib/media/derive/plan-variant-widths";

describe("planVariantWidths", () => {
  it("uses every standard width for an image at least 2560 wide", () => {
    expect(planVariantWidths(4048)).toEqual([320, 640, 960, 1280, 1920, 2560]);
    expect(planVariantWidths(2560)).toEqual([320, 640, 960, 1280, 1920, 2560]);
  });

  it("never upscales: the image's own width is the largest variant", () => {
    expect(planVariantWidths(1800)).toEqual([320, 640, 960, 1280, 1800]);
    expect(planVariantWidths(800)).toEqual([320, 640, 800]);
    expect(planVariantWidths(100)).toEqual([100]);
    expect(planVariantWidths(1)).toEqual([1]);
  });

  it("skips a standard width within 10% of the image width", () => {
    expect(planVariantWidths(1300)).toEqual([320, 640, 960, 1300]);
    expect(planVariantWidths(1500)).toEqual([320, 640, 960, 1280, 1500]);
  });
});

describe("editOperationsSchema", () => {
  it("accepts the supported operations", () => {
    const ops = [
      { type: "crop", left: 0.1, top: 0.1, width: 0.5, height: 0.5 },
      { type: "rotate", angle: 270 },
      { type: "flip", axis: "vertical" },
      { type: "resize", width: 1200 },
      { type: "filter", brightness: 1.2, grayscale: true },
      { type: "blur", sigma: 2 },
    ];
    expect(editOperationsSchema.parse(ops)).toEqual(ops);
  });

  it("refuses crops outside the image, odd angles and unknown operations", () => {
    expect(
      editOperationsSchema.safeParse([{ type: "crop", left: 0.6, top: 0, width: 0.5, height: 1 }]).success,
    ).toBe(false);
    expect(editOperationsSchema.safeParse([{ type: "rotate", angle: 45 }]).success).toBe(false);
    expect(editOperationsSchema.safeParse([{ type: "sharpen" }]).success).toBe(false);
  });
});
