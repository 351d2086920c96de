// The demo's galleries (lib/demo/seed-demo-sections.ts) on the real database: one published section per
// demo model holding its public photos, safe to run again, waiting for photos still being processed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { seedDemoSections } from "@/lib/demo/seed-demo-sections";
import { getPublicModel } from "@/lib/gallery/public/get-public-model";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import { seedPhoto } from "./gallery-seed";

let ava: string[];
let noahProcessing: string;
let noahReady: string;

const publicIds = async (model: string, section: string) =>
  (await getPublicSection(model, section))?.photos.map((p) => p.id) ?? null;

beforeAll(async () => {
  await seedDemo();
  const avaId = (await db.model.findUniqueOrThrow({ where: { slug: "ava-laurent" } })).id;
  const noahId = (await db.model.findUniqueOrThrow({ where: { slug: "noah-kim" } })).id;
  ava = [(await seedPhoto(avaId)).id, (await seedPhoto(avaId)).id];
  await seedPhoto(avaId, { moderationStatus: "REJECTED" });
  noahReady = (await seedPhoto(noahId)).id;
  noahProcessing = (await seedPhoto(noahId, { status: "PROCESSING" })).id;
});

describe("demo galleries", () => {
  it("publishes a gallery per demo model with its approved, ready photos", async () => {
    const results = await seedDemoSections();
    expect(results).toEqual([
      { model: "ava-laurent", section: "portfolio", created: true, placed: 2, processing: 0 },
      { model: "noah-kim", section: "outdoors", created: true, placed: 1, processing: 1 },
    ]);
    expect(await publicIds("ava-laurent", "portfolio")).toEqual(ava);
    expect(await publicIds("noah-kim", "outdoors")).toEqual([noahReady]);
    expect((await getPublicModel("ava-laurent"))?.sections.map((s) => s.title)).toEqual(["Portfolio"]);
    const audit = await db.auditEntry.count({ where: { action: "gallery.section.create" } });
    expect(audit).toBe(2);
  });

  it("leaves galleries that hold photos as the staff arranged them when run again", async () => {
    await db.galleryItem.deleteMany({ where: { mediaId: ava[0] } });
    const results = await seedDemoSections();
    expect(results.map((r) => [r.created, r.placed])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    expect(await publicIds("ava-laurent", "portfolio")).toEqual([ava[1]]);
    expect(await db.gallerySection.count()).toBe(2);
  });

  it("waits for photos still processing, then fills an empty gallery with all of them", async () => {
    await db.galleryItem.deleteMany({ where: { section: { slug: "outdoors" } } });
    // The app's executor finishing the photo once the seed has seen it processing and started waiting.
    const waits: [string, number][] = [];
    let finishing: Promise<unknown> | undefined;
    const results = await seedDemoSections({
      waitMs: 60_000,
      pollMs: 50,
      onWaiting: (model, processing) => {
        waits.push([model, processing]);
        // A Prisma query runs only once `then` is called.
        finishing ??= db.mediaItem
          .update({ where: { id: noahProcessing }, data: { status: "READY", moderationStatus: "APPROVED" } })
          .then(() => undefined);
      },
    });
    await finishing;
    expect(waits[0]).toEqual(["noah-kim", 1]);
    expect(waits.every(([model]) => model === "noah-kim")).toBe(true);
    expect(results.find((r) => r.model === "noah-kim")).toMatchObject({ placed: 2, processing: 0 });
    expect(await publicIds("noah-kim", "outdoors")).toEqual([noahReady, noahProcessing]);
  });
});
