// The demo's photos go in through the same intake and ingest as an upload (real files, sharp, MariaDB).
// No executor runs here: the running app's executor processes them; this checks what the seed leaves.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("media-demo", { unset: ["MEDIA_MAX_FILE_SIZE"] });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { DEMO_PHOTOS, seedDemoPhotos } from "@/lib/demo/seed-demo-photos";
import { createModel } from "@/lib/models/create-model";
import { makeUser } from "./auth-session-helper";
import { leftovers } from "./media-upload-helpers";

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  await createModel(owner, { slug: "ava-laurent", displayName: "Ava Laurent", published: true });
  await createModel(owner, { slug: "noah-kim", displayName: "Noah Kim", published: true });
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

describe("seedDemoPhotos", () => {
  it("ingests each demo model's photos like uploads, approved, each with its media/uploaded event", async () => {
    const results = await seedDemoPhotos({ dir: path.resolve(import.meta.dirname, "../../demo/photos") });
    expect(results).toEqual([
      { slug: "ava-laurent", added: 3, skipped: false },
      { slug: "noah-kim", added: 3, skipped: false },
    ]);
    for (const [slug, files] of Object.entries(DEMO_PHOTOS)) {
      const items = await db.mediaItem.findMany({
        where: { model: { slug } },
        orderBy: { createdAt: "asc" },
      });
      expect(items.map((item) => item.filename).sort()).toEqual([...files].sort());
      for (const item of items) {
        expect(item).toMatchObject({
          status: "PROCESSING",
          moderationStatus: "APPROVED",
          uploadedById: null,
        });
        expect(item.originalKey).toMatch(
          new RegExp(`^originals/${item.modelId}/${item.id}/[0-9a-f]{64}\\.(jpg|avif)$`),
        );
        expect((await db.jobEvent.findUniqueOrThrow({ where: { id: item.id } })).name).toBe("media/uploaded");
      }
    }
    expect((await leftovers()).temporary).toEqual([]);
  });

  it("leaves a model that already has media as it is", async () => {
    const before = await leftovers();
    const again = await seedDemoPhotos({ dir: path.resolve(import.meta.dirname, "../../demo/photos") });
    expect(again.every((result) => result.skipped && result.added === 0)).toBe(true);
    expect(await leftovers()).toEqual(before);
  });
});
