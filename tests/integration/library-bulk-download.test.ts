// ZIP downloads through the real route: streamed, with the right entries (originals or the largest
// public JPEG, names de-duplicated), by ids or by filter, and the refusals. Real rows and files.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("library-download");
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { GET as downloadRoute } from "@/app/api/models/[slug]/media/download/route";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { getStorage } from "@/lib/storage/get-storage";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { newId, readZip, seedStoredPhoto } from "./library-bulk-helpers";

const cookies = {} as Record<"editor" | "viewer" | "otherEditor", string>;
let modelId: string;
let photos: Awaited<ReturnType<typeof seedStoredPhoto>>[];

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const [editor, viewer, otherEditor] = await Promise.all([
    makeUser("EDITOR"),
    makeUser("VIEWER"),
    makeUser("EDITOR", "other-editor"),
  ]);
  modelId = (await createModel(owner, { slug: "zipped", displayName: "Zipped" })).id;
  await createModel(owner, { slug: "elsewhere", displayName: "Elsewhere" });
  await setModelMembers(owner, "zipped", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "elsewhere", { userIds: [otherEditor.id] });
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  photos = [
    await seedStoredPhoto(modelId, { filename: "beach.jpg" }),
    await seedStoredPhoto(modelId, { filename: "Beach.JPG" }),
    await seedStoredPhoto(modelId, { filename: "beach.jpg" }),
    await seedStoredPhoto(modelId, { filename: "studio.png", deletedAt: new Date() }),
  ];
}, 120_000);

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

async function download(query: string, cookie?: string, slug = "zipped") {
  const response = await downloadRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/download?${query}`, {
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ slug }) },
  );
  return response;
}

const stored = async (key: string) => buffer(await getStorage().get(key));
const largestJpeg = (photo: (typeof photos)[number]) =>
  photo.variants.filter((v) => v.format === "JPEG").sort((a, b) => b.width - a.width)[0]!.storageKey;

describe("ZIP download", () => {
  test("originals by ids: each photo's file under its filename, repeated names numbered", async () => {
    const [a, b, c] = photos as [(typeof photos)[number], (typeof photos)[number], (typeof photos)[number]];
    const response = await download(`ids=${a.id},${b.id},${c.id}`, cookies.viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="zipped-originals-\d{4}-\d\d-\d\d\.zip"/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-length")).toBeNull();
    const entries = readZip(Buffer.from(await response.arrayBuffer()));
    // Newest first, as the library lists them.
    expect(entries.map((e) => e.name)).toEqual(["beach.jpg", "Beach (2).JPG", "beach (3).jpg"]);
    const byName = new Map(entries.map((e) => [e.name, e.data]));
    expect(byName.get("beach.jpg")).toEqual(await stored(c.originalKey));
    expect(byName.get("Beach (2).JPG")).toEqual(await stored(b.originalKey));
    expect(byName.get("beach (3).jpg")).toEqual(await stored(a.originalKey));
  });

  test("public variants by filter: the largest JPEG of each, named .jpg; the trash by its filter", async () => {
    const response = await download("variant=public", cookies.editor);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("zipped-photos-");
    const entries = readZip(Buffer.from(await response.arrayBuffer()));
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.name).sort()).toEqual(["Beach (2).jpg", "beach (3).jpg", "beach.jpg"].sort());
    const expected = await Promise.all(photos.slice(0, 3).map((p) => stored(largestJpeg(p))));
    expect(entries.map((e) => e.data.toString()).sort()).toEqual(expected.map((b) => b.toString()).sort());

    const trash = readZip(Buffer.from(await (await download("deleted=1", cookies.editor)).arrayBuffer()));
    expect(trash.map((e) => e.name)).toEqual(["studio.png"]);
    expect(trash[0]!.data).toEqual(await stored(photos[3]!.originalKey));
  });

  test("a photo whose file is missing is left out; another model's id is not found and not included", async () => {
    const missing = await seedStoredPhoto(modelId, { filename: "lost.jpg" });
    await getStorage().delete(missing.originalKey);
    const foreign = await db.mediaItem.findFirst({ where: { modelId: { not: modelId } } });
    const response = await download(
      `ids=${missing.id},${photos[0]!.id},${foreign?.id ?? newId()}`,
      cookies.editor,
    );
    expect(readZip(Buffer.from(await response.arrayBuffer())).map((e) => e.name)).toEqual(["beach.jpg"]);
    await db.mediaItem.delete({ where: { id: missing.id } });
  });

  test("refusals: signed out 401, other models 404, bad query 422, over 10,000 photos 422", async () => {
    expect((await download(`ids=${photos[0]!.id}`)).status).toBe(401);
    expect((await download(`ids=${photos[0]!.id}`, cookies.otherEditor)).status).toBe(404);
    expect((await download("", cookies.otherEditor, "zipped")).status).toBe(404);
    for (const query of [
      "colour=red",
      "variant=huge",
      "status=SHINY",
      `ids=${photos[0]!.id}&status=READY`,
      "ids=../x",
    ]) {
      expect((await download(query, cookies.editor)).status, query).toBe(422);
    }
    const tooMany = Array.from({ length: 10_001 }, newId).join(",");
    const response = await download(`ids=${tooMany}`, cookies.editor);
    expect(response.status).toBe(422);
  });
});
