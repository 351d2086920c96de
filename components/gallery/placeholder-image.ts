import { crc32, deflateSync } from "node:zlib";
import { thumbHashToRGBA } from "thumbhash";

/** The longest side of the placeholder, in pixels: the browser's smoothing blurs it when stretched. */
const SIDE = 8;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG. */
function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    rows.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The photo's ThumbHash as a PNG data URL of at most 8 px a side, to paint behind the photo while it
 * loads. ThumbHash's own data URL is a 32 px PNG of about 4 KB; sixty of those would outweigh the page,
 * and stretched over a tile the two look the same. Null when the hash is missing or unreadable.
 */
export function placeholderImage(placeholder: string | null): string | null {
  if (!placeholder) return null;
  try {
    const { w, h, rgba } = thumbHashToRGBA(Buffer.from(placeholder, "base64"));
    const scale = SIDE / Math.max(w, h);
    const width = Math.max(1, Math.round(w * scale));
    const height = Math.max(1, Math.round(h * scale));
    const rgb = new Uint8Array(width * height * 3);
    // Box filter: each target pixel averages the source pixels it covers.
    for (let y = 0; y < height; y++) {
      const y0 = Math.floor((y * h) / height);
      const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * h) / height));
      for (let x = 0; x < width; x++) {
        const x0 = Math.floor((x * w) / width);
        const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * w) / width));
        const sum = [0, 0, 0];
        for (let sy = y0; sy < y1; sy++)
          for (let sx = x0; sx < x1; sx++)
            for (let c = 0; c < 3; c++) sum[c]! += rgba[(sy * w + sx) * 4 + c]!;
        const count = (y1 - y0) * (x1 - x0);
        for (let c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = Math.round(sum[c]! / count);
      }
    }
    return `data:image/png;base64,${encodePng(width, height, rgb).toString("base64")}`;
  } catch {
    return null;
  }
}
