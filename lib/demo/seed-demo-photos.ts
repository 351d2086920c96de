import { createReadStream } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { storeCheckedUpload } from "@/lib/media/intake/store-checked-upload";
import { checkUploadStream } from "@/lib/media/intake/check-upload-stream";

/** The demo photos, per demo model (files in `demo/photos/`, small copies of the test fixtures). */
export const DEMO_PHOTOS: Readonly<Record<string, readonly string[]>> = {
  "ava-laurent": ["country-road.jpg", "door-knocker.jpg", "summer-sky.jpg"],
  "noah-kim": ["footpath.jpg", "wheat-field.jpg", "irvine.avif"],
};

export type SeededPhotos = { slug: string; added: number; skipped: boolean };

/**
 * Gives each demo model its photos, through the same intake and ingest as an upload (checked from
 * the bytes, original stored privately, `media/uploaded` sent), so the app's job executor processes
 * them with the real pipeline once it runs. Marked APPROVED straight away for the demo, since
 * moderation is a later feature. Idempotent: a model that has any media is left as it is.
 */
export async function seedDemoPhotos({ dir = path.resolve("demo/photos") }: { dir?: string } = {}): Promise<
  SeededPhotos[]
> {
  const results: SeededPhotos[] = [];
  for (const [slug, files] of Object.entries(DEMO_PHOTOS)) {
    const model = await db.model.findUnique({
      where: { slug },
      select: { id: true, _count: { select: { media: true } } },
    });
    if (!model || model._count.media > 0) {
      results.push({ slug, added: 0, skipped: true });
      continue;
    }
    let added = 0;
    for (const name of files) {
      const intake = await checkUploadStream(createReadStream(path.join(dir, name)));
      const item = await storeCheckedUpload({ model, intake, filename: name, actor: null });
      await db.mediaItem.update({
        where: { id: item.id },
        data: { moderationStatus: "APPROVED", moderatedAt: new Date() },
      });
      added++;
    }
    results.push({ slug, added, skipped: false });
  }
  return results;
}
