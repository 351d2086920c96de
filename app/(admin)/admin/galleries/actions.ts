"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { addSectionItems } from "@/lib/gallery/sections/add-section-items";
import { createSection } from "@/lib/gallery/sections/create-section";
import { deleteSection } from "@/lib/gallery/sections/delete-section";
import { removeSectionItem } from "@/lib/gallery/sections/remove-section-item";
import { reorderSectionItems } from "@/lib/gallery/sections/reorder-section-items";
import { reorderSections } from "@/lib/gallery/sections/reorder-sections";
import {
  addSectionItemsSchema,
  createSectionSchema,
  reorderSectionsSchema,
  setSectionItemsSchema,
  updateSectionSchema,
} from "@/lib/gallery/sections/section-schemas";
import { updateSection } from "@/lib/gallery/sections/update-section";

// Public pages are refreshed inside the lib functions (revalidateModel); these only refresh the admin.
const target = { modelSlug: z.string().min(1).max(100) };
const sectionTarget = { ...target, sectionSlug: z.string().min(1).max(100) };
const refreshAdmin = (modelSlug: string) => revalidatePath(`/admin/galleries/${modelSlug}`, "layout");

export const createSectionAction = safeAction(
  createSectionSchema.extend(target),
  async ({ modelSlug, ...input }, { staff, ip }) => {
    const section = await createSection(staff, modelSlug, input, { ip });
    refreshAdmin(modelSlug);
    return { slug: section.slug, title: section.title };
  },
);

export const updateSectionAction = safeAction(
  z.object({ ...sectionTarget, changes: updateSectionSchema }),
  async ({ modelSlug, sectionSlug, changes }, { staff, ip }) => {
    const section = await updateSection(staff, modelSlug, sectionSlug, changes, { ip });
    refreshAdmin(modelSlug);
    return { slug: section.slug, published: section.published, coverId: section.coverId };
  },
);

export const deleteSectionAction = safeAction(
  z.object(sectionTarget),
  async ({ modelSlug, sectionSlug }, { staff, ip }) => {
    const section = await deleteSection(staff, modelSlug, sectionSlug, { ip });
    refreshAdmin(modelSlug);
    return { title: section.title };
  },
);

export const reorderSectionsAction = safeAction(
  reorderSectionsSchema.extend(target),
  async ({ modelSlug, order }, { staff, ip }) => {
    await reorderSections(staff, modelSlug, { order }, { ip });
    refreshAdmin(modelSlug);
    return { count: order.length };
  },
);

export const addSectionItemsAction = safeAction(
  addSectionItemsSchema.extend(sectionTarget),
  async ({ modelSlug, sectionSlug, mediaIds }, { staff, ip }) => {
    const { added } = await addSectionItems(staff, modelSlug, sectionSlug, { mediaIds }, { ip });
    refreshAdmin(modelSlug);
    return { added: added.length };
  },
);

export const removeSectionItemAction = safeAction(
  z.object({ ...sectionTarget, mediaId: z.string().min(1).max(64) }),
  async ({ modelSlug, sectionSlug, mediaId }, { staff, ip }) => {
    await removeSectionItem(staff, modelSlug, sectionSlug, mediaId, { ip });
    refreshAdmin(modelSlug);
    return { mediaId };
  },
);

export const reorderSectionItemsAction = safeAction(
  setSectionItemsSchema.extend(sectionTarget),
  async ({ modelSlug, sectionSlug, mediaIds }, { staff, ip }) => {
    await reorderSectionItems(staff, modelSlug, sectionSlug, { mediaIds }, { ip });
    refreshAdmin(modelSlug);
    return { count: mediaIds.length };
  },
);
