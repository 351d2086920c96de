// The files route serves a photo's public variants exactly when a visitor could see it on a page: the
// model is published and the photo is READY, APPROVED and not deleted. Otherwise 404, as for a file that
// never existed; staff who may see the model still get their previews, uncached. Real route handler,
// MariaDB and files on disk: the variant is a real JPEG stored under its key.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("media-files-published-model");
});

import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { MediaStatus, ModerationStatus } from "@/lib/generated/prisma/enums";
import { variantUrl } from "@/lib/media/serve/variant-url";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { updateModel } from "@/lib/models/update-model";
import { getStorage } from "@/lib/storage/get-storage";
import { variantKey } from "@/lib/storage/keys";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { fetchVariant } from "./media-upload-helpers";

let owner: StaffUser;
const cookies = {} as Record<"member" | "outsider", string>;

/** A photo of `slug` in the given state with one stored JPEG variant; returns the variant's URL. */
async function photoOf(
  slug: string,
  state: { status?: MediaStatus; moderationStatus?: ModerationStatus; deleted?: boolean } = {},
) {
  const model = await db.model.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const id = `m${randomBytes(10).toString("hex")}`;
  await db.mediaItem.create({
    data: {
      id,
      modelId: model.id,
      filename: "photo.jpg",
      originalKey: `originals/${model.id}/${id}/x.jpg`,
      mime: "image/jpeg",
      bytes: 1000,
      sha256: randomBytes(32).toString("hex"),
      width: 32,
      height: 24,
      status: state.status ?? "READY",
      moderationStatus: state.moderationStatus ?? "APPROVED",
      deletedAt: state.deleted ? new Date() : null,
    },
  });
  const storageKey = variantKey(id, 1, "w32", "jpg");
  const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  await getStorage().put(storageKey, jpeg, { contentType: "image/jpeg" });
  await db.mediaVariant.create({
    data: {
      mediaId: id,
      kind: "DISPLAY",
      format: "JPEG",
      width: 32,
      height: 24,
      bytes: jpeg.length,
      storageKey,
    },
  });
  return variantUrl(storageKey);
}

const publicStatus = async (url: string) => (await fetchVariant(url)).status;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const [member, outsider] = await Promise.all([makeUser("VIEWER"), makeUser("EDITOR")]);
  await createModel(owner, { slug: "hidden", displayName: "Hidden", published: false });
  await createModel(owner, { slug: "shown", displayName: "Shown", published: true });
  await createModel(owner, { slug: "elsewhere", displayName: "Elsewhere" });
  await setModelMembers(owner, "hidden", { userIds: [member.id] });
  await setModelMembers(owner, "elsewhere", { userIds: [outsider.id] });
  cookies.member = await sessionCookieFor(member.email);
  cookies.outsider = await sessionCookieFor(outsider.email);
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

describe("public variants follow the model's publication", () => {
  it("answers 404 to the public while the model is unpublished, 200 once published, 404 again once hidden", async () => {
    const url = await photoOf("hidden");
    const hidden = await fetchVariant(url);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("cache-control")).toBe("no-store");

    await updateModel(owner, "hidden", { published: true });
    const shown = await fetchVariant(url);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/jpeg");
    expect(shown.headers.get("cache-control")).toContain("public");
    expect((await sharp(Buffer.from(await shown.arrayBuffer())).metadata()).width).toBe(32);

    await updateModel(owner, "hidden", { published: false });
    expect(await publicStatus(url)).toBe(404);
  });

  it("staff who may see the unpublished model still get the preview, uncached; other staff get 404", async () => {
    const url = await photoOf("hidden");
    const preview = await fetchVariant(url, { cookie: cookies.member });
    expect(preview.status).toBe(200);
    expect(preview.headers.get("cache-control")).toContain("no-store");
    expect((await fetchVariant(url, { cookie: cookies.outsider })).status).toBe(404);
  });

  it("on a published model, answers only for READY, APPROVED, not deleted photos, like the pages", async () => {
    expect(await publicStatus(await photoOf("shown"))).toBe(200);
    for (const state of [
      { moderationStatus: "PENDING" },
      { moderationStatus: "NEEDS_REVIEW" },
      { moderationStatus: "REJECTED" },
      { status: "PROCESSING" },
      { status: "FAILED" },
      { deleted: true },
    ] as const) {
      expect(await publicStatus(await photoOf("shown", state)), JSON.stringify(state)).toBe(404);
    }
  });
});
