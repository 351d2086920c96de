import type { BulkOperation } from "./bulk-operation";
import { decideMediaSet } from "./decide-media-set";

/** Rejects photos (owners and admins), with one reason for all. */
export const rejectMedia: BulkOperation<{ reason?: string }> = (tx, ctx, ids, { reason }) =>
  decideMediaSet(tx, ctx, ids, "REJECTED", reason ?? null);
