// One-off: draws the favicon, app icons and the default link-preview image in public/ from the brand
// mark (components/admin/brand-mark.tsx: a white flame on the brand gradient). Run again after a
// change of brand: `node scripts/make-site-icons.mjs`, then commit public/.
import { writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const OUT = path.resolve(import.meta.dirname, "../public");
// --color-brand-500 and --color-brand-700 (app/globals.css) in sRGB.
const FROM = "#e8542f";
const TO = "#ab2b03";
const FLAME =
  "M12 3c1.8 3.2 5 4.9 5 9a5 5 0 0 1-10 0c0-1.9.8-3.2 2-4.3.2 1.7 1 2.8 2.2 3.3C10.7 8.6 11 5.7 12 3Z";

/** The mark on a square of `size` (a viewBox of 32): rounded, or full-bleed where the platform rounds it. */
function markSvg({ rounded = true, size = 32 } = {}) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${FROM}"/><stop offset="1" stop-color="${TO}"/></linearGradient></defs>
<rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="url(#g)"/>
<g transform="translate(4.5 4.2) scale(0.96)"><path d="${FLAME}" fill="none" stroke="#fff" stroke-width="2.1" stroke-linejoin="round"/></g>
</svg>
`;
}

const png = (svg, size) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 32) })
    .resize(size, size)
    .png()
    .toBuffer();

/** An .ico holding PNG images (every browser since IE 11 reads them). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

writeFileSync(path.join(OUT, "icon.svg"), markSvg());
const small = await Promise.all(
  [16, 32, 48].map(async (size) => ({ size, data: await png(markSvg(), size) })),
);
writeFileSync(path.join(OUT, "favicon.ico"), ico(small));
writeFileSync(path.join(OUT, "icon-192.png"), await png(markSvg(), 192));
writeFileSync(path.join(OUT, "icon-512.png"), await png(markSvg(), 512));
// iOS rounds the corners itself and shows transparency as black: full bleed.
writeFileSync(path.join(OUT, "apple-touch-icon.png"), await png(markSvg({ rounded: false }), 180));

// The link preview of pages without a photo of their own: the public site's paper colour, mark and name.
const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f6f4f0"/>
<rect x="0" y="622" width="1200" height="8" fill="${FROM}"/>
<g transform="translate(120 183) scale(8.4)">${markSvg().replace(/<\?xml[^>]*>|<svg[^>]*>|<\/svg>/g, "")}</g>
<text x="440" y="318" font-family="DejaVu Serif, Georgia, serif" font-size="92" fill="#1b1916">phoenix4ge</text>
<text x="444" y="392" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#4a4540">Model portfolios and galleries</text>
</svg>`;
writeFileSync(
  path.join(OUT, "og-default.png"),
  await sharp(Buffer.from(og)).png({ compressionLevel: 9 }).toBuffer(),
);

writeFileSync(
  path.join(OUT, "site.webmanifest"),
  `${JSON.stringify(
    {
      name: "phoenix4ge",
      short_name: "phoenix4ge",
      start_url: "/",
      display: "minimal-ui",
      background_color: "#f6f4f0",
      theme_color: "#f6f4f0",
      icons: [
        { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      ],
    },
    null,
    2,
  )}\n`,
);
console.log(
  "public/: icon.svg, favicon.ico, icon-192.png, icon-512.png, apple-touch-icon.png, og-default.png, site.webmanifest",
);
