import { readFile } from "node:fs/promises";
import exifr from "exifr";
import { logger } from "@/lib/logger";
import { fitColumn } from "@/lib/text/fit-column";

/** What staff see about a photo's origin. Never copied into a public variant. JSON-safe. */
export type MediaMetadata = {
  cameraMake: string | null;
  cameraModel: string | null;
  lens: string | null;
  iso: number | null;
  /** f-number, e.g. 2.8 */
  aperture: number | null;
  /** seconds, e.g. 0.004 */
  exposureTime: number | null;
  /** for display, e.g. "1/250" or "2s" */
  shutter: string | null;
  /** millimetres */
  focalLength: number | null;
  focalLength35mm: number | null;
  /** ISO 8601; the camera's wall-clock time taken as UTC when the file gives no offset. */
  takenAt: string | null;
  gps: { latitude: number; longitude: number; altitude: number | null } | null;
  iccProfile: string | null;
  orientation: number | null;
  software: string | null;
};

const EMPTY: MediaMetadata = {
  cameraMake: null,
  cameraModel: null,
  lens: null,
  iso: null,
  aperture: null,
  exposureTime: null,
  shutter: null,
  focalLength: null,
  focalLength35mm: null,
  takenAt: null,
  gps: null,
  iccProfile: null,
  orientation: null,
  software: null,
};

type Raw = Record<string, unknown>;

// Strings come from the file: bounded like the columns they reach, so `metadata` (TEXT) always fits too.
const text = (value: unknown) =>
  typeof value === "string" && value.trim() ? fitColumn(value.replace(/\0+$/, "").trim()) : null;
const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

function shutterOf(seconds: number | null): string | null {
  if (!seconds || seconds <= 0) return null;
  if (seconds >= 1) return `${Math.round(seconds * 10) / 10}s`;
  return `1/${Math.round(1 / seconds)}`;
}

/** EXIF dates are "YYYY:MM:DD HH:MM:SS" with an optional separate offset tag ("+02:00"). */
function takenAtOf(raw: Raw): string | null {
  const value = text(raw.DateTimeOriginal) ?? text(raw.CreateDate) ?? text(raw.DateTimeDigitized);
  const match = value && /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const offset = text(raw.OffsetTimeOriginal) ?? text(raw.OffsetTime);
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : "Z";
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 ? null : date.toISOString();
}

function gpsOf(raw: Raw): MediaMetadata["gps"] {
  const latitude = number(raw.latitude);
  const longitude = number(raw.longitude);
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return null;
  const altitude = number(raw.GPSAltitude);
  const belowSeaLevel =
    raw.GPSAltitudeRef instanceof Uint8Array ? raw.GPSAltitudeRef[0] === 1 : raw.GPSAltitudeRef === 1;
  return { latitude, longitude, altitude: altitude === null ? null : belowSeaLevel ? -altitude : altitude };
}

/**
 * Reads camera, lens, exposure, time taken, GPS, ICC profile and orientation from the original
 * with exifr. A file without metadata, or a format exifr does not read, gives empty fields:
 * metadata is informative and never fails processing.
 */
export async function readMetadata(file: string, mime: string): Promise<MediaMetadata> {
  let raw: Raw | undefined;
  try {
    // PNG keeps eXIf after the pixel data, where exifr's chunked file reader misses it: read it whole.
    const input = mime === "image/png" ? await readFile(file) : file;
    raw = await exifr.parse(input, {
      tiff: true,
      exif: true,
      gps: true,
      icc: true,
      xmp: true,
      iptc: false,
      ifd1: false,
      interop: false,
      translateValues: false,
      reviveValues: false,
      mergeOutput: true,
    });
  } catch (error) {
    logger.debug({ err: error, mime }, "no readable metadata");
  }
  if (!raw) return { ...EMPTY };

  const exposureTime = number(raw.ExposureTime);
  return {
    cameraMake: text(raw.Make),
    cameraModel: text(raw.Model),
    lens: text(raw.LensModel) ?? text(raw.Lens) ?? text(raw.LensInfo),
    iso: number(raw.ISO) ?? number(raw.ISOSpeedRatings),
    aperture: number(raw.FNumber),
    exposureTime,
    shutter: shutterOf(exposureTime),
    focalLength: number(raw.FocalLength),
    focalLength35mm: number(raw.FocalLengthIn35mmFormat),
    takenAt: takenAtOf(raw),
    gps: gpsOf(raw),
    iccProfile: text(raw.ProfileDescription),
    orientation: number(raw.Orientation),
    software: text(raw.Software),
  };
}
