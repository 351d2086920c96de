// The same public variants as the app's pipeline, from the same file, with the same settings, written by
// sharp alone: no database, no storage driver, no job steps. `npm run bench` compares the pipeline to it.
// Runnable on its own: `npx tsx bench/bare-sharp.ts <photo> <out-dir>`.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { rgbaToThumbHash } from "thumbhash";

sharp.concurrency(2);
sharp.cache(false);

const WIDTHS = [320, 640, 960, 1280, 1920, 2560];
const THUMB = 400;
const WATERMARK = { text: "© phoenix4ge", opacity: 0.5, scale: 0.2, margin: 0.02, minWidth: 480 };
const LIMIT = { limitInputPixels: 100_000_000, failOn: "error" as const };

type Raw = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };
const rawOf = (image: Raw) => ({ raw: image.info });
const toRaw = async (pipeline: Sharp): Promise<Raw> => {
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return {
    data,
    info: { width: info.width, height: info.height, channels: info.channels as Raw["info"]["channels"] },
  };
};

// Rendered once per process, as any script processing a batch would.
let markOnce: Promise<Raw> | undefined;
const renderMark = () => (markOnce ??= renderMarkUncached());

async function renderMarkUncached(): Promise<Raw> {
  const size = 160;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(WATERMARK.text.length * size * 0.8 + size)}" height="${Math.ceil(size * 1.8)}"><text x="${size / 2}" y="${size * 1.25}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="#ffffff" stroke="#000000" stroke-opacity="0.45" stroke-width="${size / 25}" paint-order="stroke">${WATERMARK.text}</text></svg>`;
  return toRaw(
    sharp(Buffer.from(svg))
      .trim()
      .toColourspace("srgb")
      .ensureAlpha()
      .linear([1, 1, 1, WATERMARK.opacity], [0, 0, 0, 0]),
  );
}

async function watermarked(image: Raw, mark: Raw): Promise<Raw> {
  const { width, height } = image.info;
  if (width < WATERMARK.minWidth) return image;
  const margin = Math.round(WATERMARK.margin * width);
  const markWidth = Math.round(WATERMARK.scale * width);
  const markHeight = Math.round((markWidth * mark.info.height) / mark.info.width);
  const overlay = await sharp(mark.data, rawOf(mark))
    .resize(markWidth, markHeight, { fit: "fill" })
    .raw()
    .toBuffer();
  return toRaw(
    sharp(image.data, rawOf(image)).composite([
      {
        input: overlay,
        raw: { width: markWidth, height: markHeight, channels: 4 },
        left: width - markWidth - margin,
        top: height - markHeight - margin,
      },
    ]),
  );
}

/** Decode once (upright, sRGB, shrink-on-load to the widest variant), derive every width, thumbnail, JPEG + WebP, placeholder, colour. */
export async function bareSharpVariants(
  photo: string,
  outDir: string,
): Promise<{ files: number; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  const meta = await sharp(photo, LIMIT).metadata();
  const decoded = await toRaw(
    // An sRGB-tagged (or untagged) photo needs no colour transform, as in the pipeline.
    sharp(photo, { ...LIMIT, ignoreIcc: !meta.icc || meta.icc.toString("latin1").includes("sRGB") })
      .autoOrient()
      .resize({ width: WIDTHS.at(-1), withoutEnlargement: true })
      .toColourspace("srgb"),
  );
  const widths =
    decoded.info.width >= WIDTHS.at(-1)!
      ? WIDTHS
      : [...WIDTHS.filter((w) => w < decoded.info.width * 0.9), decoded.info.width];
  const clean: Raw[] = [];
  let previous = decoded;
  for (const width of [...widths].reverse()) {
    previous =
      width === previous.info.width
        ? previous
        : await toRaw(sharp(previous.data, rawOf(previous)).resize({ width }));
    clean.push(previous);
  }
  const thumbSource =
    [...clean].reverse().find((r) => r.info.width >= THUMB && r.info.height >= THUMB) ?? decoded;
  const thumb = await toRaw(
    sharp(thumbSource.data, rawOf(thumbSource)).resize(THUMB, THUMB, {
      fit: "cover",
      position: sharp.strategy.attention,
    }),
  );
  const mark = await renderMark();
  const rasters = await Promise.all(
    [...clean.map((image) => ({ name: `w${image.info.width}`, image })), { name: "thumb", image: thumb }].map(
      async (r) => ({ ...r, image: await watermarked(r.image, mark) }),
    ),
  );

  const small = await sharp(decoded.data, rawOf(decoded))
    .resize(100, 100, { fit: "inside" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const [sizes] = await Promise.all([
    Promise.all(
      rasters.flatMap(({ name, image }) => [
        sharp(image.data, rawOf(image))
          .flatten({ background: "#ffffff" })
          .jpeg({ quality: 80, mozjpeg: false })
          .toBuffer()
          .then(async (bytes) => (await writeFile(path.join(outDir, `${name}.jpg`), bytes), bytes.length)),
        sharp(image.data, rawOf(image))
          .webp({ quality: 75, effort: 2 })
          .toBuffer()
          .then(async (bytes) => (await writeFile(path.join(outDir, `${name}.webp`), bytes), bytes.length)),
      ]),
    ),
    sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 4 } }).stats(),
  ]);
  rgbaToThumbHash(small.info.width, small.info.height, small.data);
  return { files: sizes.length, bytes: sizes.reduce((sum, n) => sum + n, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [photo, out] = process.argv.slice(2);
  if (!photo || !out) throw new Error("usage: npx tsx bench/bare-sharp.ts <photo> <out-dir>");
  const start = performance.now();
  const result = await bareSharpVariants(photo, out);
  console.log(
    `${result.files} files, ${Math.round(result.bytes / 1024)} KB in ${Math.round(performance.now() - start)} ms`,
  );
}
