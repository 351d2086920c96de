import type { SectionActions } from "@/components/gallery-admin/section-actions";
import {
  addSectionItemsAction,
  createSectionAction,
  deleteSectionAction,
  removeSectionItemAction,
  reorderSectionItemsAction,
  reorderSectionsAction,
  updateSectionAction,
} from "./actions";

/** The gallery pages hand these to the editor components as props. */
export const sectionActions = {
  createSection: createSectionAction,
  updateSection: updateSectionAction,
  deleteSection: deleteSectionAction,
  reorderSections: reorderSectionsAction,
  addSectionItems: addSectionItemsAction,
  removeSectionItem: removeSectionItemAction,
  reorderSectionItems: reorderSectionItemsAction,
} satisfies SectionActions;
