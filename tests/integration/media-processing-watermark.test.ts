// Watermark settings per model through the real routes, and the background re-derive of the model's
// public variants by the real rederive-watermark function in the embedded executor (MariaDB, sharp, files).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("media-watermark", { unset: ["MEDIA_MAX_FILE_SIZE"] });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { GET as logoGet, POST as logoPost } from "@/app/api/models/[slug]/watermark/logo/route";
import { GET as previewGet } from "@/app/api/models/[slug]/watermark/preview/route";
import { GET as watermarkGet, PUT as watermarkPut } from "@/app/api/models/[slug]/watermark/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { WatermarkStatus } from "@/lib/media/watermark/get-watermark-status";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { keptByEveryCrop } from "@/lib/media/watermark/watermark-safe-area";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import {
  fetchVariant,
  fixture,
  getItem,
  itemReaching,
  leftovers,
  storedFiles,
  upload,
} from "./media-upload-helpers";

let executor: Executor;
let owner: StaffUser;
const cookies = {} as Record<"editor" | "otherEditor" | "viewer", string>;
const items: MediaDto[] = [];
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const [editor, otherEditor, viewer] = await Promise.all([
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
    makeUser("VIEWER"),
  ]);
  await createModel(owner, { slug: "marked", displayName: "Marked" });
  await createModel(owner, { slug: "other", displayName: "Other" });
  await setModelMembers(owner, "marked", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "other", { userIds: [otherEditor.id] });
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });
  for (const name of ["door-knocker.jpg", "orientation-landscape-1.jpg"]) {
    const { body } = await upload("marked", { name, bytes: await fixture(name) }, cookies.editor);
    items.push(body.item!);
  }
  for (const item of items) await itemReaching(item.id, ["READY"]);
}, 300_000);

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

const statusOf = async (cookie?: string, slug = "marked") => {
  const response = await watermarkGet(
    new Request(`${ORIGIN}/api/models/${slug}/watermark`, { headers: cookie ? { cookie } : {} }),
    params(slug),
  );
  return {
    status: response.status,
    body: (await response.json()) as WatermarkStatus & { error?: { code: string; field?: string } },
  };
};

const save = async (settings: unknown, cookie?: string, slug = "marked") => {
  const response = await watermarkPut(
    new Request(`${ORIGIN}/api/models/${slug}/watermark`, {
      method: "PUT",
      body: JSON.stringify(settings),
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    }),
    params(slug),
  );
  return {
    status: response.status,
    body: (await response.json()) as WatermarkStatus & {
      error?: { code: string; field?: string; message: string };
    },
  };
};

const uploadLogo = async (name: string, bytes: Uint8Array, cookie: string) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await logoPost(
    new Request(`${ORIGIN}/api/models/marked/watermark/logo`, {
      method: "POST",
      body: form,
      headers: { cookie },
    }),
    params("marked"),
  );
  return {
    status: response.status,
    body: (await response.json()) as WatermarkStatus & { error?: { code: string; message: string } },
  };
};

/** Waits until every ready photo carries the current watermark revision. */
const rederived = () =>
  eventually(
    async () => {
      const { body } = await statusOf(cookies.editor);
      return body.reprocessing.total > 0 && !body.reprocessing.active ? body : null;
    },
    "the watermark re-derive to finish",
    300_000,
  );

/** A corner of a display variant as grey pixels, to see whether the watermark there changed. */
async function corner(item: MediaDto, where: "top-left" | "bottom-right") {
  const variant = item.variants.find((v) => v.kind === "DISPLAY" && v.format === "JPEG" && v.width === 640)!;
  const bytes = Buffer.from(
    await (await fetchVariant(variant.url, { cookie: cookies.editor })).arrayBuffer(),
  );
  const { width, height } = { width: variant.width, height: variant.height };
  const box = { width: Math.round(width * 0.3), height: Math.round(height * 0.2) };
  // Marks sit in the corners of the part every public cover crop keeps.
  const area = keptByEveryCrop(width, height);
  const region =
    where === "top-left"
      ? { left: area.left, top: area.top, ...box }
      : { left: area.left + area.width - box.width, top: area.top + area.height - box.height, ...box };
  return sharp(bytes).extract(region).resize(30, 10, { fit: "fill" }).greyscale().raw().toBuffer();
}

const difference = (a: Buffer, b: Buffer) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length;

describe("watermark settings", () => {
  it("shows the settings and that every photo carries them", async () => {
    const { status, body } = await statusOf(cookies.viewer);
    expect(status).toBe(200);
    expect(body.watermark).toMatchObject({
      kind: "TEXT",
      position: "BOTTOM_RIGHT",
      revision: 1,
      logoUrl: null,
      minWidth: 480,
    });
    expect(body.reprocessing).toEqual({ done: 2, total: 2, active: false });
  });

  it("refuses viewers (403), other models' editors (404), the signed-out (401) and bad values (422)", async () => {
    expect((await save({ text: "Nope" }, cookies.viewer)).status).toBe(403);
    expect((await save({ text: "Nope" }, cookies.otherEditor)).status).toBe(404);
    expect((await statusOf(cookies.otherEditor)).status).toBe(404);
    expect((await save({ text: "Nope" })).status).toBe(401);
    const bad = await save({ opacity: 2 }, cookies.editor);
    expect(bad.status).toBe(422);
    expect(bad.body.error?.message).toMatch(/opacity/);
    const empty = await save({ kind: "TEXT", text: "  " }, cookies.editor);
    expect(empty.status).toBe(422);
    expect(empty.body.error?.field).toBe("text");
    expect((await save({ kind: "LOGO" }, cookies.editor)).status).toBe(422);
    expect((await save({ sneaky: true }, cookies.editor)).status).toBe(422);
    expect((await db.model.findUniqueOrThrow({ where: { slug: "marked" } })).watermarkRevision).toBe(1);
  });

  it("re-derives every photo's public variants in the background after a change, under new URLs", async () => {
    const before = await Promise.all(
      items.map(async (item) => (await getItem("marked", item.id, cookies.editor)).body),
    );
    const cornersBefore = await Promise.all(before.map((item) => corner(item, "top-left")));

    const { status, body } = await save(
      { text: "© Marked Studio", position: "TOP_LEFT", opacity: 0.9, scale: 0.4 },
      cookies.editor,
    );
    expect(status).toBe(200);
    expect(body.watermark).toMatchObject({ text: "© Marked Studio", position: "TOP_LEFT", revision: 2 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "model.watermark.update" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ position: "TOP_LEFT" });

    const done = await rederived();
    expect(done.reprocessing).toEqual({ done: 2, total: 2, active: false });
    await executor.idle();

    for (const [index, item] of items.entries()) {
      const after = (await getItem("marked", item.id, cookies.editor)).body;
      expect(after.status).toBe("READY");
      const oldUrls = new Set(before[index]!.variants.map((v) => v.url));
      expect(after.variants.filter((v) => v.format !== "AVIF").length).toBe(
        before[index]!.variants.filter((v) => v.format !== "AVIF").length,
      );
      for (const variant of after.variants) expect(oldUrls.has(variant.url)).toBe(false);
      // The old revision's files are gone; the new mark is where the settings put it.
      const row = await db.mediaItem.findUniqueOrThrow({ where: { id: item.id } });
      expect(row.watermarkRevision).toBe(2);
      expect(
        (await storedFiles(`public/${item.id}`)).every((file) => file.startsWith(`${row.revision}/`)),
      ).toBe(true);
      expect(difference(await corner(after, "top-left"), cornersBefore[index]!)).toBeGreaterThan(2);
      expect((await fetchVariant(before[index]!.variants[0]!.url, { cookie: cookies.editor })).status).toBe(
        404,
      );
    }
    const run = await db.jobRun.findFirstOrThrow({
      where: { functionId: "phoenix4ge-rederive-watermark", status: "COMPLETED" },
    });
    expect(JSON.parse(run.output!)).toEqual({ rederived: 2 });
  }, 400_000);

  it("saving the same settings again changes nothing", async () => {
    const { status, body } = await save({ position: "TOP_LEFT" }, cookies.editor);
    expect(status).toBe(200);
    expect(body.watermark.revision).toBe(2);
  });
});

describe("logo", () => {
  it("takes a PNG logo, switches the watermark to it and re-derives; staff can see the stored logo", async () => {
    const logo = await sharp({
      create: { width: 300, height: 120, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.8 } },
    })
      .png()
      .toBuffer();
    const { status, body } = await uploadLogo("logo.png", logo, cookies.editor);
    expect(body.error).toBeUndefined();
    expect(status).toBe(200);
    expect(body.watermark).toMatchObject({ kind: "LOGO", revision: 3 });
    expect(body.watermark.logoUrl).toMatch(/^\/api\/models\/marked\/watermark\/logo/);
    const model = await db.model.findUniqueOrThrow({ where: { slug: "marked" } });
    expect(model.watermarkLogoKey).toMatch(/^logos\//);

    const stored = await logoGet(
      new Request(`${ORIGIN}/api/models/marked/watermark/logo`, { headers: { cookie: cookies.viewer } }),
      params("marked"),
    );
    expect(stored.status).toBe(200);
    expect(stored.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await stored.arrayBuffer()).equals(logo)).toBe(true);
    expect(
      (await logoGet(new Request(`${ORIGIN}/api/models/marked/watermark/logo`), params("marked"))).status,
    ).toBe(401);

    await rederived();
    for (const item of items)
      expect((await db.mediaItem.findUniqueOrThrow({ where: { id: item.id } })).watermarkRevision).toBe(3);
  }, 400_000);

  it("refuses an SVG or HEIC logo and a viewer's logo, leaving nothing", async () => {
    // The previous re-derive's AVIF work ends first: it sends events and writes files of its own.
    await executor.idle();
    const before = { ...(await leftovers()), logos: await storedFiles("logos") };
    const svg = await uploadLogo(
      "logo.svg",
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      cookies.editor,
    );
    expect(svg.status).toBe(415);
    const heic = await uploadLogo("logo.heic", await fixture("single.heic"), cookies.editor);
    expect(heic.status).toBe(415);
    expect(heic.body.error?.message).toMatch(/HEIC/);
    const viewer = await uploadLogo("logo.png", await fixture("png-with-gps.png"), cookies.viewer);
    expect(viewer.status).toBe(403);
    expect({ ...(await leftovers()), logos: await storedFiles("logos") }).toEqual(before);
    expect((await db.model.findUniqueOrThrow({ where: { slug: "marked" } })).watermarkRevision).toBe(3);
  }, 400_000);
});

describe("preview", () => {
  it("draws unsaved settings on one of the model's photos as a JPEG, for staff only", async () => {
    const preview = (query: string, cookie?: string) =>
      previewGet(
        new Request(`${ORIGIN}/api/models/marked/watermark/preview${query}`, {
          headers: cookie ? { cookie } : {},
        }),
        params("marked"),
      );
    const plain = await preview("?kind=NONE&width=640", cookies.viewer);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("image/jpeg");
    const marked = await preview(
      "?kind=TEXT&text=Preview&position=CENTER&opacity=1&scale=0.6&width=640",
      cookies.viewer,
    );
    const [a, b] = await Promise.all(
      [plain, marked].map(async (r) =>
        sharp(Buffer.from(await r.arrayBuffer()))
          .greyscale()
          .raw()
          .toBuffer({ resolveWithObject: true }),
      ),
    );
    expect(a!.info.width).toBe(640);
    expect(difference(a!.data, b!.data)).toBeGreaterThan(1);
    expect((await preview("?opacity=7", cookies.viewer)).status).toBe(422);
    expect((await preview("")).status).toBe(401);
    expect((await db.model.findUniqueOrThrow({ where: { slug: "marked" } })).watermarkRevision).toBe(3);
  });
});
