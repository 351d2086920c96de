// Filenames as clients send them (issue 9): long, multi-byte, or nothing but dots and spaces, through the
// real upload route with a real session, MariaDB, sharp and files on disk. Each is stored (201) under a
// name that fits `MediaItem.filename` (VARCHAR(191)), never a 500. And a failure after the original was
// stored, forced by the database itself (a trigger in this file's throwaway database), leaves no file
// and no row behind.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("media-upload-filenames", { unset: ["MEDIA_TEST_FAIL_ONCE"] });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { createModel } from "@/lib/models/create-model";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { leftovers, upload } from "./media-upload-helpers";

let cookie: string;
let shade = 0;

/** A real, distinct JPEG each time (the same bytes twice would be refused as a duplicate). */
async function photo(): Promise<Buffer> {
  shade += 1;
  return sharp({
    create: {
      width: 24,
      height: 16,
      channels: 3,
      background: { r: shade % 256, g: (shade * 7) % 256, b: 90 },
    },
  })
    .jpeg()
    .toBuffer();
}

const bytesOf = (name: string) => Buffer.byteLength(name, "utf8");
const characters = (name: string) => Array.from(name).length;

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  await createModel(owner, { slug: "names", displayName: "Names" });
  cookie = await sessionCookieFor(owner.email);
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

describe("long and unusual filenames", () => {
  const ascii = (bytes: number) => `${"a".repeat(bytes - 4)}.jpg`;
  it.each([
    ["191 bytes", ascii(191), ascii(191)],
    ["192 bytes", ascii(192), ascii(191)],
    ["255 bytes", ascii(255), ascii(191)],
    ["1,000 bytes", ascii(1000), ascii(191)],
    ["10,000 bytes", ascii(10_000), ascii(191)],
  ])("a name of %s is stored, cut to the column", async (_label, name, expected) => {
    expect(bytesOf(name)).toBe(Number(_label.replace(/\D/g, "")));
    const { status, body } = await upload("names", { name, bytes: await photo() }, cookie);
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    expect(body.item!.filename).toBe(expected);
    const row = await db.mediaItem.findUniqueOrThrow({ where: { id: body.item!.id } });
    expect(row.filename).toBe(expected);
  });

  it.each([
    ["emoji", `${"📸".repeat(250)}.jpg`, `${"📸".repeat(187)}.jpg`],
    ["CJK", `${"夜景".repeat(150)}.jpg`, `${"夜景".repeat(150).slice(0, 187)}.jpg`],
    ["decomposed accents", `${"e\u0301".repeat(300)}.jpeg`, `${"é".repeat(186)}.jpeg`],
    ["a few multi-byte characters", "東京の夜 🌃.jpg", "東京の夜 🌃.jpg"],
  ])("a name in %s is stored as whole characters", async (_label, name, expected) => {
    const { status, body } = await upload("names", { name, bytes: await photo() }, cookie);
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    expect(body.item!.filename).toBe(expected);
    expect(characters(body.item!.filename)).toBeLessThanOrEqual(191);
    const row = await db.mediaItem.findUniqueOrThrow({ where: { id: body.item!.id } });
    expect(row.filename).toBe(expected);
  });

  it.each([
    ["dots", "....."],
    ["spaces", "     "],
    ["dots and spaces", " . . . "],
    ["a thousand dots", ".".repeat(1000)],
  ])("a name of only %s is stored as “photo”", async (_label, name) => {
    const { status, body } = await upload("names", { name, bytes: await photo() }, cookie);
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    expect(body.item!.filename).toBe("photo");
  });
});

describe("a failure after the original was stored", () => {
  // The database refuses the named row: deterministic, and it happens after `storage.put`.
  const TRIGGERS = {
    row: "CREATE TRIGGER refuse_media_row BEFORE INSERT ON MediaItem FOR EACH ROW BEGIN IF NEW.filename = 'refused-row.jpg' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END",
    event:
      "CREATE TRIGGER refuse_media_event BEFORE INSERT ON JobEvent FOR EACH ROW BEGIN IF NEW.name = 'media/uploaded' AND EXISTS (SELECT 1 FROM MediaItem WHERE id = JSON_VALUE(NEW.payload, '$.data.mediaId') AND filename = 'refused-event.jpg') THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END",
    audit:
      "CREATE TRIGGER refuse_media_audit BEFORE INSERT ON AuditEntry FOR EACH ROW BEGIN IF NEW.after LIKE '%refused-audit.jpg%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END",
  };

  beforeAll(async () => {
    for (const sql of Object.values(TRIGGERS)) await db.$executeRawUnsafe(sql);
  });

  afterAll(async () => {
    await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS refuse_media_row");
    await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS refuse_media_audit");
    await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS refuse_media_event");
  });

  it.each([
    ["the item's row", "refused-row.jpg"],
    ["the audit entry written with it", "refused-audit.jpg"],
    ["the job event sent after the row was committed", "refused-event.jpg"],
  ])(
    "when %s cannot be written, the stored original is deleted in the same request",
    async (_label, name) => {
      const before = await leftovers();
      const bytes = await photo();
      const { status, body } = await upload("names", { name, bytes }, cookie);
      expect(status).toBe(500);
      expect(body.error?.message).not.toContain("refused by the test");
      expect(await leftovers()).toEqual(before);
      // Nothing of it remains: the same bytes are not a duplicate of anything when sent again.
      const again = await upload("names", { name: "accepted.jpg", bytes }, cookie);
      expect(again.status).toBe(201);
    },
  );
});
