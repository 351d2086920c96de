import type { RawImage } from "../types";
import { openImage } from "../open-image";

const SIZE = 32;
const BITS = 8;

// cos((2x + 1) u π / 2N) for the 8 lowest frequencies u and every sample x: the DCT's only costly part.
const COSINES = Array.from({ length: BITS }, (_, u) =>
  Float64Array.from({ length: SIZE }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE))),
);

/**
 * The 64-bit perceptual hash (pHash) of a picture: grey, squeezed to 32x32, its 8x8 lowest DCT
 * frequencies, one bit per frequency (set when above the median of the 63 non-constant ones).
 * Resized, re-encoded and slightly cropped copies move few bits; unrelated pictures about half
 * (measured on the fixtures: see `NEAR_DUPLICATE_MAX_DISTANCE`). 16 hex digits, lowest frequency
 * first, so it survives JSON (job step results) where a bigint would not.
 */
export async function perceptualHash(image: RawImage): Promise<string> {
  const { width, height, channels } = image.info;
  const grey = await openImage(image.data, { raw: { width, height, channels } })
    .greyscale()
    .resize(SIZE, SIZE, { fit: "fill" })
    .extractChannel(0)
    .raw()
    .toBuffer();

  // Separable 2-D DCT-II of the low corner: rows first (v along y), then columns (u along x).
  const rows = Array.from({ length: BITS }, (_, v) =>
    Float64Array.from({ length: SIZE }, (_, x) => {
      let sum = 0;
      for (let y = 0; y < SIZE; y++) sum += grey[y * SIZE + x]! * COSINES[v]![y]!;
      return sum;
    }),
  );
  const coefficients: number[] = [];
  for (let u = 0; u < BITS; u++) {
    for (let v = 0; v < BITS; v++) {
      let sum = 0;
      for (let x = 0; x < SIZE; x++) sum += rows[v]![x]! * COSINES[u]![x]!;
      coefficients.push(sum);
    }
  }
  const median = coefficients.slice(1).sort((a, b) => a - b)[31]!;
  let hash = 0n;
  for (const c of coefficients) hash = (hash << 1n) | (c > median ? 1n : 0n);
  return hash.toString(16).padStart(16, "0");
}

/** The hash as MySQL's signed BIGINT (`MediaItem.phash`): the same 64 bits, read as two's complement. */
export const hashToColumn = (hash: string): bigint => BigInt.asIntN(64, BigInt(`0x${hash}`));

/** `MediaItem.phash` back to 16 hex digits. */
export const columnToHash = (column: bigint): string =>
  BigInt.asUintN(64, column).toString(16).padStart(16, "0");

/** How many of the 64 bits differ. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  for (; diff; diff &= diff - 1n) count++;
  return count;
}
