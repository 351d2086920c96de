import type { Sharp } from "sharp";
import type { RawImage } from "../types";
import type { EditOperation } from "./edit-operations";
import { openImage } from "../open-image";

function applyOne(image: Sharp, op: EditOperation, width: number, height: number): Sharp {
  switch (op.type) {
    case "crop": {
      const left = Math.min(width - 1, Math.round(op.left * width));
      const top = Math.min(height - 1, Math.round(op.top * height));
      return image.extract({
        left,
        top,
        width: Math.max(1, Math.min(width - left, Math.round(op.width * width))),
        height: Math.max(1, Math.min(height - top, Math.round(op.height * height))),
      });
    }
    case "rotate":
      return image.rotate(op.angle);
    case "flip":
      return op.axis === "horizontal" ? image.flop() : image.flip();
    case "resize":
      return image.resize({ width: op.width, withoutEnlargement: true });
    case "filter": {
      const modulated = image.modulate({
        brightness: op.brightness ?? 1,
        saturation: op.saturation ?? 1,
        hue: op.hue ?? 0,
      });
      return op.grayscale ? modulated.grayscale().toColourspace("srgb") : modulated;
    }
    case "blur":
      return image.blur(op.sigma);
  }
}

/**
 * Applies edit operations in order to an upright raw image, one pass each (sharp fixes the
 * order of operations inside a single pipeline, and edits need theirs). Edits are rare, so the
 * extra passes cost nothing on the upload path.
 */
export async function applyEditOperations(
  image: RawImage,
  operations: readonly EditOperation[],
): Promise<RawImage> {
  let current = image;
  for (const op of operations) {
    const { width, height, channels } = current.info;
    const { data, info } = await applyOne(
      openImage(current.data, { raw: { width, height, channels } }),
      op,
      width,
      height,
    )
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    current = { data, info: { width: info.width, height: info.height, channels: info.channels } };
  }
  return current;
}
