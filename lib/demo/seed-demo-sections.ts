import { setTimeout as sleep } from "node:timers/promises";
import { staffUserSelect } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { createSection } from "@/lib/gallery/sections/create-section";
import { PUBLIC_MEDIA_WHERE } from "@/lib/gallery/public/public-media-where";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { DEMO_MODELS } from "./seed-demo";

/** The gallery each demo model publishes. */
export const DEMO_SECTIONS: Readonly<Record<string, { slug: string; title: string; description: string }>> = {
  "ava-laurent": {
    slug: "portfolio",
    title: "Portfolio",
    description: "Country roads, old doors and summer light: a season of walks outside Lyon.",
  },
  "noah-kim": {
    slug: "outdoors",
    title: "Outdoors",
    description: "Paths, fields and open sky from the last campaign shoot.",
  },
};

export interface SeededSection {
  model: string;
  section: string;
  /** The section did not exist and was created, published. */
  created: boolean;
  /** Photos placed in it by this call. */
  placed: number;
  /** The model's photos still being processed (placed by a later call, once ready). */
  processing: number;
}

async function processingCount(modelId: string): Promise<number> {
  return db.mediaItem.count({ where: { modelId, status: "PROCESSING", deletedAt: null } });
}

/**
 * Publishes one gallery per demo model holding its approved photos, through the gallery domain (audited,
 * pages revalidated). Idempotent: a section that already holds photos is left as the staff arranged it.
 *
 * Demo photos are processed by the app's job executor once the server runs, so only READY photos can be
 * placed: call it with `waitMs` while the server runs (it waits for processing to finish, then fills the
 * galleries and the running app refreshes its pages), or call it again later; an empty section is filled.
 */
export async function seedDemoSections({
  waitMs = 0,
  pollMs = 1000,
  onWaiting,
}: {
  waitMs?: number;
  pollMs?: number;
  /** Told each time the seed finds a model's photos still processing and waits, for progress output. */
  onWaiting?: (model: string, processing: number) => void;
} = {}): Promise<SeededSection[]> {
  const owner = await db.user.findFirst({
    where: { role: "OWNER", disabled: false },
    orderBy: { createdAt: "asc" },
    select: staffUserSelect,
  });
  if (!owner) throw new Error("Seed the demo accounts first (seedDemo): the galleries need an owner.");
  const results: SeededSection[] = [];
  for (const demo of DEMO_MODELS) {
    const spec = DEMO_SECTIONS[demo.slug]!;
    const model = await db.model.findUnique({ where: { slug: demo.slug }, select: { id: true } });
    if (!model) continue;
    const deadline = Date.now() + waitMs;
    for (let processing = await processingCount(model.id); processing > 0 && Date.now() < deadline;) {
      onWaiting?.(demo.slug, processing);
      await sleep(pollMs);
      processing = await processingCount(model.id);
    }

    let section = await db.gallerySection.findUnique({
      where: { modelId_slug: { modelId: model.id, slug: spec.slug } },
      select: { _count: { select: { items: true } } },
    });
    const created = !section;
    if (!section) {
      await createSection(owner, demo.slug, { ...spec, published: true });
      section = { _count: { items: 0 } };
    }
    let placed = 0;
    if (section._count.items === 0) {
      const photos = await db.mediaItem.findMany({
        where: { modelId: model.id, ...PUBLIC_MEDIA_WHERE },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      if (photos.length) {
        await setSectionItems(owner, demo.slug, spec.slug, { mediaIds: photos.map((p) => p.id) });
        placed = photos.length;
      }
    }
    results.push({
      model: demo.slug,
      section: spec.slug,
      created,
      placed,
      processing: await processingCount(model.id),
    });
  }
  return results;
}
