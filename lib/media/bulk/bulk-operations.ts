import { addCategories } from "./add-categories";
import { addTags } from "./add-tags";
import { addToSection } from "./add-to-section";
import { approveMedia } from "./approve-media";
import type { BulkAction } from "./bulk-schemas";
import type { BulkOperation } from "./bulk-operation";
import { deleteMediaForever } from "./delete-media-forever";
import { rejectMedia } from "./reject-media";
import { removeCategories } from "./remove-categories";
import { removeTags } from "./remove-tags";
import { reprocessMedia } from "./reprocess-media";
import { restoreMedia } from "./restore-media";
import { trashMedia } from "./trash-media";

/** The set-based operation behind each bulk action; its arguments are checked by `bulkRequestSchema`. */
export const BULK_OPERATIONS: Record<BulkAction, BulkOperation<never>> = {
  trash: trashMedia,
  restore: restoreMedia,
  delete: deleteMediaForever,
  approve: approveMedia,
  reject: rejectMedia,
  addCategories,
  removeCategories,
  addTags,
  removeTags,
  addToSection,
  reprocess: reprocessMedia,
};
