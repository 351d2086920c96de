import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkUploadStream } from "@/lib/media/intake/check-upload-stream";

import { fixture } from "../helpers/fixtures";

let tmpDir: string;
let workDir: string;

beforeAll(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), "p4g-intake-"));
  workDir = await mkdtemp(path.join(os.tmpdir(), "p4g-intake-inputs-"));
});

afterEach(async () => {
  // Accepted uploads leave their temp file for the caller; clear it between tests.
  for (const file of await readdir(tmpDir)) await rm(path.join(tmpDir, file));
});

afterAll(async () => {
  await rm(tmpDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

async function writeInput(name: string, bytes: Buffer | string) {
  const file = path.join(workDir, name);
  await writeFile(file, bytes);
  return file;
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid PNG header that declares width x height; the pixel data is a few bytes only. */
function pngDeclaring(width: number, height: number) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(16))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

async function expectRefused(
  body: Readable | ReadableStream<Uint8Array>,
  code: string,
  message: RegExp,
  options = {},
) {
  const error = await checkUploadStream(body, { tmpDir, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code });
  expect((error as AppError).message).toMatch(message);
  // A refused upload leaves nothing behind.
  expect(await readdir(tmpDir)).toEqual([]);
  return error as AppError;
}

describe("checkUploadStream: accepted photos", () => {
  it("streams a JPEG to a temp file with its sha256, sniffed type and dimensions", async () => {
    const original = await readFile(fixture("phone-gps.jpg"));
    const result = await checkUploadStream(createReadStream(fixture("phone-gps.jpg")), { tmpDir });
    expect(result).toMatchObject({
      mime: "image/jpeg",
      ext: "jpg",
      width: 4048,
      height: 3036,
      pages: 1,
      bytes: original.length,
    });
    expect(result.sha256).toBe(createHash("sha256").update(original).digest("hex"));
    expect((await readFile(result.tempPath)).equals(original)).toBe(true);
    expect(path.dirname(result.tempPath)).toBe(tmpDir);
  });

  it("reads a web ReadableStream (what a route handler gets) and reports upright dimensions", async () => {
    const web = Readable.toWeb(
      createReadStream(fixture("orientation-landscape-6.jpg")),
    ) as ReadableStream<Uint8Array>;
    const result = await checkUploadStream(web, { tmpDir });
    // Stored as 1200x1800 with orientation 6: upright it is 1800 wide.
    expect(result).toMatchObject({ mime: "image/jpeg", width: 1800, height: 1200 });
  });

  it.each([
    ["png-with-gps.png", "image/png", 1, 1],
    ["irvine.avif", "image/avif", 480, 640],
    ["single.heic", "image/heif", 1440, 960],
    ["door-knocker.jpg", "image/jpeg", 800, 533],
    ["broken.jpg", "image/jpeg", 600, 900],
  ])("accepts %s as %s", async (name, mime, width, height) => {
    const result = await checkUploadStream(createReadStream(fixture(name)), { tmpDir });
    expect(result).toMatchObject({ mime, width, height });
    expect((await stat(result.tempPath)).size).toBe(result.bytes);
  });

  it("decides by the bytes, not the name: a PNG named .jpg is a PNG", async () => {
    const file = await writeInput("really-a-png.jpg", await readFile(fixture("png-with-gps.png")));
    const result = await checkUploadStream(createReadStream(file), { tmpDir });
    expect(result).toMatchObject({ mime: "image/png", ext: "png" });
  });
});

describe("checkUploadStream: refusals leave no temp file", () => {
  it("refuses a zero-byte file", async () => {
    const file = await writeInput("empty.jpg", Buffer.alloc(0));
    await expectRefused(createReadStream(file), "invalid", /empty/);
  });

  it("refuses random bytes named .jpg", async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const file = await writeInput("random.jpg", random);
    const error = await expectRefused(
      createReadStream(file),
      "unsupported_type",
      /Only JPEG, PNG, WebP, GIF, AVIF, TIFF and HEIC\/HEIF/,
    );
    expect(error.status).toBe(415);
  });

  it("refuses an SVG, saying it is an SVG", async () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    const file = await writeInput("logo.svg", svg);
    await expectRefused(createReadStream(file), "unsupported_type", /SVG files are not accepted/);
  });

  it("refuses an HTML file named .jpg, saying it is HTML", async () => {
    const file = await writeInput(
      "photo.jpg",
      "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
    );
    await expectRefused(createReadStream(file), "unsupported_type", /HTML document/);
  });

  it("refuses other real file types by what they are", async () => {
    const pdf = await writeInput("scan.jpg", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await expectRefused(createReadStream(pdf), "unsupported_type", /\.pdf file/);
  });

  it("refuses a PNG declaring 50000x50000 from its header, without decoding it", async () => {
    const file = await writeInput("bomb.png", pngDeclaring(50_000, 50_000));
    const error = await expectRefused(
      createReadStream(file),
      "invalid",
      /50000x50000 \(2500 megapixels\); the limit is 100 megapixels/,
    );
    expect(error.status).toBe(422);
  });

  it("counts every frame of an animation against the pixel limit", async () => {
    const frames = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sharp({ create: { width: 100, height: 100, channels: 3, background: { r: i * 25, g: 0, b: 0 } } })
          .png()
          .toBuffer(),
      ),
    );
    const gif = await writeInput(
      "animated.gif",
      await sharp(frames, { join: { animated: true } })
        .gif()
        .toBuffer(),
    );
    // 100x100 is far under the limit; ten frames of it are not.
    await expectRefused(createReadStream(gif), "invalid", /10 frames of 100x100/, { maxPixels: 50_000 });
    const accepted = await checkUploadStream(createReadStream(gif), { tmpDir, maxPixels: 100_000 });
    expect(accepted).toMatchObject({ mime: "image/gif", width: 100, height: 100, pages: 10 });
  });

  it("counts the pixels against the configured limit", async () => {
    await expectRefused(createReadStream(fixture("phone-gps.jpg")), "invalid", /too large: 4048x3036/, {
      maxPixels: 10_000_000,
    });
  });

  it("refuses an image whose header is fine but whose data cannot be decoded", async () => {
    const original = await readFile(fixture("door-knocker.jpg"));
    // Keep the headers, replace the entropy-coded data with a run of invalid markers.
    const damaged = Buffer.concat([original.subarray(0, 2000), Buffer.alloc(20_000, 0xff)]);
    const file = await writeInput("damaged.jpg", damaged);
    await expectRefused(createReadStream(file), "invalid", /could not be (decoded|read)/);
  });

  it("refuses an oversized upload while streaming and stops reading it", async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 64 * 1024;
        this.push(produced > 200 * 1024 * 1024 ? null : Buffer.alloc(64 * 1024, 1));
      },
    });
    const error = await expectRefused(endless, "too_large", /larger than the 1 MB limit/, {
      maxBytes: 1024 * 1024,
    });
    expect(error.status).toBe(413);
    expect(produced).toBeLessThan(4 * 1024 * 1024);
    expect(endless.destroyed).toBe(true);
  });

  it("refuses a real photo over the size limit", async () => {
    await expectRefused(createReadStream(fixture("phone-gps.jpg")), "too_large", /larger than/, {
      maxBytes: 1024 * 1024,
    });
  });
});
