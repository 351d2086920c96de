import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readMetadata } from "@/lib/media/derive/read-metadata";

import { fixture } from "../helpers/fixtures";

describe("readMetadata (staff-only metadata from the original)", () => {
  it("reads camera, exposure, time taken, GPS and ICC from phone-gps.jpg", async () => {
    const meta = await readMetadata(fixture("phone-gps.jpg"), "image/jpeg");
    expect(meta).toMatchObject({
      cameraMake: "Google",
      cameraModel: "Pixel",
      iso: 50,
      aperture: 2,
      exposureTime: 0.000376,
      shutter: "1/2660",
      focalLength: 4.67,
      focalLength35mm: 26,
      takenAt: "2018-07-25T16:34:23.000Z",
      iccProfile: "sRGB IEC61966-2.1",
      orientation: 1,
    });
    expect(meta.gps?.latitude).toBeCloseTo(50.2996, 3);
    expect(meta.gps?.longitude).toBeCloseTo(14.8203, 3);
    expect(meta.gps?.altitude).toBe(252);
    // Plain JSON: it goes through a job step and into a text column.
    expect(JSON.parse(JSON.stringify(meta))).toEqual(meta);
  });

  it("bounds the strings a file carries to the 191 characters of their columns", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "p4g-long-exif-"));
    try {
      const file = path.join(dir, "long-exif.jpg");
      // EXIF strings are ASCII (libexif writes anything else as "?").
      const make = `Make ${"K".repeat(400)}`;
      await writeFile(
        file,
        await sharp({ create: { width: 8, height: 8, channels: 3, background: "#808080" } })
          .jpeg()
          .withExif({ IFD0: { Make: make, Model: "M".repeat(5000), Software: "S".repeat(20_000) } })
          .toBuffer(),
      );
      const meta = await readMetadata(file, "image/jpeg");
      expect(meta.cameraMake).toBe(make.slice(0, 191));
      expect(meta.cameraModel).toBe("M".repeat(191));
      expect(meta.software).toBe("S".repeat(191));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the GPS from a PNG's eXIf chunk (png-with-gps.png), and the lens from its XMP", async () => {
    const meta = await readMetadata(fixture("png-with-gps.png"), "image/png");
    expect(meta).toMatchObject({
      cameraMake: "Canon",
      cameraModel: "Canon PowerShot S40",
      lens: "7.1 - 21.3 mm",
    });
    expect(meta.gps?.latitude).toBeCloseTo(50.2996, 3);
    expect(meta.gps?.longitude).toBeCloseTo(14.8203, 3);
  });

  it("reads the orientation of a rotated camera file", async () => {
    expect(await readMetadata(fixture("orientation-landscape-6.jpg"), "image/jpeg")).toMatchObject({
      orientation: 6,
      gps: null,
    });
  });

  it("reads AVIF metadata", async () => {
    expect(await readMetadata(fixture("irvine.avif"), "image/avif")).toMatchObject({
      cameraMake: "Apple",
      cameraModel: "iPhone 3GS",
      takenAt: "2010-05-11T10:51:45.000Z",
    });
  });

  it("gives empty fields, not an error, for a file without metadata or with damaged data", async () => {
    const heic = await readMetadata(fixture("single.heic"), "image/heif");
    expect(heic).toMatchObject({ cameraMake: null, gps: null, takenAt: null });
    const notAnImage = await readMetadata(
      path.join(import.meta.dirname, "media-read-metadata.test.ts"),
      "image/jpeg",
    );
    expect(Object.values(notAnImage).every((v) => v === null)).toBe(true);

    // phone-gps.jpg with its EXIF block overwritten: the camera fields go empty, the intact ICC stays.
    const bytes = await readFile(fixture("phone-gps.jpg"));
    const exif = bytes.indexOf("Exif\0\0");
    expect(exif).toBeGreaterThan(0);
    bytes.fill(0x5a, exif + 6, exif + 70);
    const dir = await mkdtemp(path.join(os.tmpdir(), "p4g-metadata-"));
    try {
      const damaged = path.join(dir, "damaged-exif.jpg");
      await writeFile(damaged, bytes);
      expect(await readMetadata(damaged, "image/jpeg")).toEqual({
        ...notAnImage,
        iccProfile: "sRGB IEC61966-2.1",
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the camera fields of broken.jpg, whose pixels are damaged but whose EXIF is intact", async () => {
    expect(await readMetadata(fixture("broken.jpg"), "image/jpeg")).toMatchObject({
      cameraMake: "Canon",
      cameraModel: "Canon EOS 30D",
      takenAt: "2007-08-15T10:13:13.000Z",
      gps: null,
    });
  });
});
