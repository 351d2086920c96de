import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { saveSectionItems } from "./save-section-items";
import type { SetSectionItemsInput } from "./section-schemas";

/**
 * Changes only the order of the photos already in a section: `mediaIds` must list exactly those. Unlike
 * `setSectionItems` it keeps photos that are hidden for now (lost approval) in their place, so they come
 * back where they were if approved again.
 */
export async function reorderSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: SetSectionItemsInput,
  meta: AuditMeta = {},
) {
  return saveSectionItems(user, modelSlug, sectionSlug, input, meta, {
    action: "gallery.section.items.reorder",
    check: async (tx, { section, mediaIds }) => {
      const current = await tx.galleryItem.findMany({
        where: { sectionId: section.id },
        select: { mediaId: true },
      });
      const present = new Set(current.map((item) => item.mediaId));
      if (mediaIds.length !== present.size || mediaIds.some((id) => !present.has(id))) {
        throw new AppError(
          "conflict",
          "The section's photos changed since you loaded them (someone else may have edited it). Reload and try again.",
        );
      }
    },
  });
}
