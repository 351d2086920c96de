import type { StaffUser } from "@/lib/auth/staff-user";
import type { AuditMeta } from "@/lib/audit/record-audit";
import { assertPlaceable } from "./assert-placeable";
import { saveSectionItems } from "./save-section-items";
import type { SetSectionItemsInput } from "./section-schemas";

/**
 * Replaces a section's photos with `mediaIds`, in that order. Every photo must be a processed, approved,
 * not deleted photo of the same model: otherwise 422 naming each offending id, and nothing changes.
 */
export async function setSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: SetSectionItemsInput,
  meta: AuditMeta = {},
) {
  return saveSectionItems(user, modelSlug, sectionSlug, input, meta, {
    action: "gallery.section.items.set",
    check: (tx, { model, mediaIds }) => assertPlaceable(tx, model.id, mediaIds),
  });
}
