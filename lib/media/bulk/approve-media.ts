import type { BulkOperation } from "./bulk-operation";
import { decideMediaSet } from "./decide-media-set";

/** Approves photos (owners and admins): each becomes public once processed. */
export const approveMedia: BulkOperation = (tx, ctx, ids) => decideMediaSet(tx, ctx, ids, "APPROVED", null);
