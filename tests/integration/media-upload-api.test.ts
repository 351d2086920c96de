// The upload contract (issue 4) through the real route handlers, with real session cookies, MariaDB,
// sharp and files on disk. No job executor runs here: accepted uploads stay PROCESSING (processing is
// covered by media-processing-*.test.ts); what matters is what the request itself does and leaves.
import { createHash, randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("media-upload", {
    set: { MEDIA_MAX_FILE_SIZE: String(2 * 1024 * 1024) },
  });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { GET as originalRoute } from "@/app/api/models/[slug]/media/[id]/original/route";
import { POST as uploadRoute } from "@/app/api/models/[slug]/media/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import {
  fixture,
  getItem,
  leftovers,
  list,
  storedFiles,
  upload,
  uploadRequest,
} from "./media-upload-helpers";

let owner: StaffUser;
const cookies = {} as Record<"admin" | "editor" | "otherEditor" | "viewer", string>;
const MAX = 2 * 1024 * 1024;
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const [admin, editor, otherEditor, viewer] = await Promise.all([
    makeUser("ADMIN"),
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
    makeUser("VIEWER"),
  ]);
  await createModel(owner, { slug: "alpha", displayName: "Alpha" });
  await createModel(owner, { slug: "bravo", displayName: "Bravo" });
  await createModel(owner, { slug: "charlie", displayName: "Charlie" });
  await setModelMembers(owner, "alpha", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "bravo", { userIds: [otherEditor.id] });
  cookies.admin = await sessionCookieFor(admin.email);
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG whose header declares width x height; the pixel data is a few bytes. */
function pngDeclaring(width: number, height: number) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8);
  ihdr.writeUInt8(2, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(16))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("accepted upload", () => {
  it("answers 201 with the Media, stores the original privately under a server key, records who and sends media/uploaded", async () => {
    const bytes = await fixture("door-knocker.jpg");
    const before = await leftovers();
    const { status, body } = await upload(
      "alpha",
      { name: "../../etc/\u202Egpj.exe \t knocker.jpg", bytes },
      cookies.editor,
    );
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    const item = body.item!;
    expect(item).toMatchObject({
      modelSlug: "alpha",
      status: "PROCESSING",
      moderationStatus: "PENDING",
      width: 800,
      height: 533,
      bytes: bytes.length,
      mime: "image/jpeg",
      sha256: sha256(bytes),
      variants: [],
      placeholder: null,
      failureReason: null,
      metadata: null,
    });
    // A display name only: path parts, bidi overrides and control characters are gone.
    expect(item.filename).toBe("gpj.exe knocker.jpg");

    const row = await db.mediaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.originalKey).toBe(`originals/${row.modelId}/${item.id}/${item.sha256}.jpg`);
    const after = await leftovers();
    expect(after.stored).toEqual([...before.stored, row.originalKey].sort());
    expect(after.temporary).toEqual([]);
    expect(after.events).toBe(before.events + 1);
    const event = await db.jobEvent.findUniqueOrThrow({ where: { id: item.id } });
    expect(event.name).toBe("media/uploaded");
    expect(JSON.parse(event.payload).data).toEqual({ mediaId: item.id, modelId: row.modelId });
    // No executor runs here, as in the web process: the event waits in MySQL for the worker to start its run.
    expect(event.dispatchedAt).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: item.id } });
    expect(audit.action).toBe("media.upload");
    expect(row.uploadedById).not.toBeNull();
    expect(audit.actorId).toBe(row.uploadedById);
  });

  it("lets admins upload to any model, and accepts HEIC and AVIF by their bytes", async () => {
    const heic = await upload(
      "charlie",
      { name: "IMG_0001.HEIC", bytes: await fixture("single.heic"), type: "" },
      cookies.admin,
    );
    expect(heic.status).toBe(201);
    expect(heic.body.item).toMatchObject({
      mime: expect.stringMatching(/^image\/hei[cf]$/),
      width: 1440,
      height: 960,
    });
    const avif = await upload(
      "charlie",
      { name: "irvine.avif", bytes: await fixture("irvine.avif"), type: "application/octet-stream" },
      cookies.admin,
    );
    expect(avif.status).toBe(201);
    expect(avif.body.item).toMatchObject({ mime: "image/avif", width: 480, height: 640 });
  });
});

describe("refused uploads answer 4xx JSON and leave nothing behind", () => {
  const cases: {
    name: string;
    file: () => Promise<{ name: string; bytes: Uint8Array; type?: string }>;
    status: number;
    code: string;
    message: RegExp;
  }[] = [
    {
      name: "a zero-byte file",
      file: async () => ({ name: "empty.jpg", bytes: new Uint8Array(0) }),
      status: 422,
      code: "invalid",
      message: /empty/i,
    },
    {
      name: "random bytes named .jpg",
      file: async () => ({ name: "noise.jpg", bytes: randomBytes(64 * 1024) }),
      status: 415,
      code: "unsupported_type",
      message: /not an image/i,
    },
    {
      name: "an SVG",
      file: async () => ({
        name: "logo.svg",
        bytes: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        ),
        type: "image/svg+xml",
      }),
      status: 415,
      code: "unsupported_type",
      message: /SVG/,
    },
    {
      name: "an HTML file named .jpg",
      file: async () => ({
        name: "photo.jpg",
        bytes: Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
      }),
      status: 415,
      code: "unsupported_type",
      message: /HTML/,
    },
    {
      name: "a PNG declaring 50000x50000 pixels",
      file: async () => ({ name: "bomb.png", bytes: pngDeclaring(50_000, 50_000), type: "image/png" }),
      status: 422,
      code: "invalid",
      message: /too large: 50000x50000/,
    },
    {
      name: "a file over MEDIA_MAX_FILE_SIZE",
      file: async () => ({
        name: "huge.jpg",
        bytes: Buffer.concat([await fixture("door-knocker.jpg"), randomBytes(MAX)]),
      }),
      status: 413,
      code: "too_large",
      message: /larger than the 2 MB limit/,
    },
  ];

  for (const refused of cases) {
    it(`refuses ${refused.name}`, async () => {
      const before = await leftovers();
      const { status, body } = await upload("alpha", await refused.file(), cookies.editor);
      expect(status).toBe(refused.status);
      expect(body.error?.code).toBe(refused.code);
      expect(body.error?.message).toMatch(refused.message);
      expect(await leftovers()).toEqual(before);
    });
  }

  it("refuses an oversized body by its Content-Length before reading it", async () => {
    const before = await leftovers();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request(`${ORIGIN}/api/models/alpha/media`, {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        cookie: cookies.editor,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(MAX * 4),
      },
    } as RequestInit);
    const response = await uploadRoute(request, params("alpha"));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("too_large");
    // The stream's first chunk may be buffered by the Request itself, nothing more.
    expect(pulled).toBeLessThanOrEqual(2);
    expect(await leftovers()).toEqual(before);
  });

  it("stops reading a streamed body without Content-Length as soon as it passes the limit", async () => {
    const before = await leftovers();
    const boundary = "----p4gboundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const jpeg = await fixture("door-knocker.jpg");
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        controller.enqueue(jpeg);
        sent += jpeg.length;
      },
      async pull(controller) {
        // An endless file: only the limit can end this upload. Chunks arrive between I/O turns, as
        // from a socket (a synchronous endless stream would starve the event loop).
        await new Promise((resolve) => setImmediate(resolve));
        const chunk = randomBytes(64 * 1024);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${ORIGIN}/api/models/alpha/media`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { cookie: cookies.editor, "content-type": `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    const response = await uploadRoute(request, params("alpha"));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX + 1024 * 1024);
    expect(await leftovers()).toEqual(before);
  });

  it("refuses a request that is not multipart, or has no `file` field, with 422", async () => {
    const before = await leftovers();
    const json = await uploadRoute(
      new Request(`${ORIGIN}/api/models/alpha/media`, {
        method: "POST",
        body: JSON.stringify({ file: "x" }),
        headers: { cookie: cookies.editor, "content-type": "application/json" },
      }),
      params("alpha"),
    );
    expect(json.status).toBe(422);
    const wrongField = await uploadRoute(
      uploadRequest(
        "alpha",
        { name: "a.jpg", bytes: await fixture("door-knocker.jpg") },
        cookies.editor,
        "photo",
      ),
      params("alpha"),
    );
    expect(wrongField.status).toBe(422);
    expect(((await wrongField.json()) as { error: { message: string } }).error.message).toMatch(
      /field `file`/,
    );
    const garbled = await uploadRoute(
      new Request(`${ORIGIN}/api/models/alpha/media`, {
        method: "POST",
        body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nabc',
        headers: { cookie: cookies.editor, "content-type": "multipart/form-data; boundary=b" },
      }),
      params("alpha"),
    );
    expect(garbled.status).toBeGreaterThanOrEqual(400);
    expect(garbled.status).toBeLessThan(500);
    expect(await leftovers()).toEqual(before);
  });
});

describe("duplicates", () => {
  it("answers 409 duplicate with the existing id for the same bytes in the same model, and stores nothing more", async () => {
    const bytes = await fixture("orientation-landscape-3.jpg");
    const first = await upload("alpha", { name: "first.jpg", bytes }, cookies.editor);
    expect(first.status).toBe(201);
    const before = await leftovers();
    const second = await upload("alpha", { name: "renamed copy.jpg", bytes }, cookies.editor);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: "duplicate", existingId: first.body.item!.id });
    expect(second.body.error?.message).toMatch(/already in this model's library/);
    expect(await leftovers()).toEqual(before);
    // Another model may hold the same photo.
    expect((await upload("charlie", { name: "same.jpg", bytes }, cookies.admin)).status).toBe(201);
  });

  it("lets exactly one of two simultaneous uploads of the same bytes in", async () => {
    const bytes = await fixture("orientation-landscape-4.jpg");
    const before = await leftovers();
    const results = await Promise.all([
      upload("alpha", { name: "a.jpg", bytes }, cookies.editor),
      upload("alpha", { name: "b.jpg", bytes }, cookies.editor),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201)!.body.item!;
    expect(results.find((r) => r.status === 409)!.body.error?.existingId).toBe(winner.id);
    const after = await leftovers();
    expect(after.items).toBe(before.items + 1);
    expect(after.events).toBe(before.events + 1);
    expect(after.stored.length).toBe(before.stored.length + 1);
    expect(after.temporary).toEqual([]);
  });
});

describe("who may upload, list and read", () => {
  it("answers 401 to anonymous callers, before reading the body", async () => {
    const before = await leftovers();
    expect((await upload("alpha", { name: "a.jpg", bytes: await fixture("door-knocker.jpg") })).status).toBe(
      401,
    );
    expect((await list("alpha", "")).status).toBe(401);
    const some = await db.mediaItem.findFirstOrThrow({ where: { model: { slug: "alpha" } } });
    expect((await getItem("alpha", some.id)).status).toBe(401);
    expect(await leftovers()).toEqual(before);
  });

  it("answers 404 to an editor of another model for upload, list and get", async () => {
    const before = await leftovers();
    const refused = await upload(
      "alpha",
      { name: "a.jpg", bytes: await fixture("orientation-landscape-5.jpg") },
      cookies.otherEditor,
    );
    expect(refused.status).toBe(404);
    expect((await list("alpha", "", cookies.otherEditor)).status).toBe(404);
    const some = await db.mediaItem.findFirstOrThrow({ where: { model: { slug: "alpha" } } });
    expect((await getItem("alpha", some.id, cookies.otherEditor)).status).toBe(404);
    // Nor through a model they do see.
    expect((await getItem("bravo", some.id, cookies.otherEditor)).status).toBe(404);
    expect(await leftovers()).toEqual(before);
  });

  it("answers 403 to a viewer's upload, and lets the viewer list and read", async () => {
    const before = await leftovers();
    const refused = await upload(
      "alpha",
      { name: "a.jpg", bytes: await fixture("orientation-landscape-5.jpg") },
      cookies.viewer,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("forbidden");
    expect(await leftovers()).toEqual(before);
    const page = await list("alpha", "", cookies.viewer);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect((await getItem("alpha", page.body.items[0]!.id, cookies.viewer)).status).toBe(200);
  });
});

describe("listing and reading", () => {
  it("lists newest first in pages that never overlap, filtered by status", async () => {
    const all = await db.mediaItem.findMany({
      where: { model: { slug: "alpha" }, deletedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list("alpha", `?limit=2${cursor ? `&cursor=${cursor}` : ""}`, cookies.editor);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((item) => item.id));

    expect((await list("alpha", "?status=READY", cookies.editor)).body.items).toEqual([]);
    expect((await list("alpha", "?status=PROCESSING", cookies.editor)).body.items.length).toBe(all.length);
    expect((await list("alpha", "?status=BOGUS", cookies.editor)).status).toBe(422);
    expect((await list("alpha", "?limit=1000", cookies.editor)).status).toBe(422);
  });

  it("returns one item as {item: Media}, and 404 for an unknown id", async () => {
    const some = await db.mediaItem.findFirstOrThrow({ where: { model: { slug: "alpha" } } });
    const { status, body } = await getItem("alpha", some.id, cookies.editor);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: some.id,
      modelSlug: "alpha",
      sha256: some.sha256,
      status: "PROCESSING",
    });
    expect(Object.keys(body).sort()).toEqual(
      [
        "id",
        "modelSlug",
        "filename",
        "status",
        "moderationStatus",
        "width",
        "height",
        "bytes",
        "mime",
        "sha256",
        "placeholder",
        "dominantColor",
        "createdAt",
        "variants",
        "failureReason",
        "metadata",
        "title",
        "altText",
        "caption",
        "tags",
        "categories",
        "sections",
        "viewCount",
        "takenAt",
        "uploadedBy",
        "deletedAt",
      ].sort(),
    );
    expect((await getItem("alpha", "cnotarealid000000000000000", cookies.editor)).status).toBe(404);
  });
});

describe("originals", () => {
  const fetchOriginal = (slug: string, id: string, cookie?: string) =>
    originalRoute(
      new Request(`${ORIGIN}/api/models/${slug}/media/${id}/original`, { headers: cookie ? { cookie } : {} }),
      {
        params: Promise.resolve({ slug, id }),
      },
    );

  it("lets staff of the model download the untouched original as an attachment, and nobody else", async () => {
    const bytes = await fixture("orientation-landscape-6.jpg");
    const { body } = await upload("alpha", { name: "Été à Lyon.jpg", bytes }, cookies.editor);
    const id = body.item!.id;

    const response = await fetchOriginal("alpha", id, cookies.viewer);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="_t_ _ Lyon.jpg"; filename*=UTF-8''${encodeURIComponent("Été à Lyon.jpg")}`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");

    expect((await fetchOriginal("alpha", id)).status).toBe(401);
    expect((await fetchOriginal("alpha", id, cookies.otherEditor)).status).toBe(404);
    expect(await storedFiles("public")).toEqual([]);
  });
});
