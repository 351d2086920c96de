import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { GallerySection, Model, Prisma } from "@/lib/generated/prisma/client";
import { getSectionOrThrow } from "./get-section-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { setSectionItemsSchema, type SetSectionItemsInput } from "./section-schemas";
import { writeSectionOrder } from "./write-section-order";

export interface SectionItemsChange {
  /** The audit action, also the reason given for the revalidation. */
  action: "gallery.section.items.set" | "gallery.section.items.reorder";
  /** Throws when `mediaIds` may not become the section's items; runs in the transaction that writes them. */
  check: (
    tx: Prisma.TransactionClient,
    target: { model: Model; section: GallerySection; mediaIds: string[] },
  ) => Promise<void>;
}

/**
 * Makes `input.mediaIds` a section's items, in that order, with its audit entry and the refresh of the
 * public pages when the section is published. `setSectionItems` and `reorderSectionItems` differ only in
 * what they check first, so they share this rather than each keeping its own copy of the write.
 */
export async function saveSectionItems(
  user: StaffUser,
  modelSlug: string,
  sectionSlug: string,
  input: SetSectionItemsInput,
  meta: AuditMeta,
  { action, check }: SectionItemsChange,
) {
  const { mediaIds } = setSectionItemsSchema.parse(input);
  const { model, section } = await getSectionOrThrow(user, modelSlug, sectionSlug, { write: true });
  await db.$transaction(async (tx) => {
    await check(tx, { model, section, mediaIds });
    const before = await writeSectionOrder(tx, section.id, mediaIds);
    await recordAudit(tx, {
      actorId: user.id,
      action,
      entityType: "GallerySection",
      entityId: section.id,
      modelId: model.id,
      before: { mediaIds: before },
      after: { mediaIds },
      ip: meta.ip,
    });
  });
  if (section.published) {
    await revalidateModel({ modelSlug: model.slug, sections: [section.slug] }, action);
  }
  return { model, section, mediaIds };
}
