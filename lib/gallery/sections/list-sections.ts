import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { galleryPhotoSelect, type GalleryPhoto } from "../gallery-photo";
import { pickCover } from "../public/pick-cover";
import { PUBLIC_MEDIA_WHERE } from "../public/public-media-where";
import { sectionSummary } from "./section-summary";

export type SectionListRow = ReturnType<typeof sectionSummary> & {
  /** Every photo placed in the section. */
  photoCount: number;
  /** Placed photos the public does not see now (lost approval, deleted): kept in place, hidden. */
  hiddenCount: number;
  /** What the public sees as the cover. */
  cover: GalleryPhoto | null;
};

/** The sections of a model the user may see, in their public order, with counts and covers. */
export async function listSections(user: StaffUser, modelSlug: string): Promise<SectionListRow[]> {
  const model = await getModelOrThrow(user, modelSlug);
  const [sections, visible] = await Promise.all([
    db.gallerySection.findMany({
      where: { modelId: model.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: {
        cover: { select: galleryPhotoSelect },
        items: {
          where: { media: PUBLIC_MEDIA_WHERE },
          orderBy: [{ position: "asc" }, { addedAt: "asc" }],
          take: 1,
          select: { media: { select: galleryPhotoSelect } },
        },
        _count: { select: { items: true } },
      },
    }),
    db.galleryItem.groupBy({
      by: ["sectionId"],
      where: { section: { modelId: model.id }, media: PUBLIC_MEDIA_WHERE },
      _count: { _all: true },
    }),
  ]);
  const visibleBySection = new Map(visible.map((row) => [row.sectionId, row._count._all]));
  return sections.map((section) => ({
    ...sectionSummary(section),
    photoCount: section._count.items,
    hiddenCount: section._count.items - (visibleBySection.get(section.id) ?? 0),
    cover: pickCover(model.id, section.cover, section.items[0]?.media),
  }));
}
