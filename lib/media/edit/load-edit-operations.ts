import { db } from "@/lib/db";
import { editOperationsSchema, type EditOperation } from "./edit-operations";

/** The edit operations of the item's current version (version 0, the original as is, has none). */
export async function loadEditOperations(mediaId: string, currentVersion: number): Promise<EditOperation[]> {
  if (currentVersion <= 0) return [];
  const version = await db.mediaVersion.findUnique({
    where: { mediaId_number: { mediaId, number: currentVersion } },
    select: { operations: true },
  });
  return version ? editOperationsSchema.parse(JSON.parse(version.operations)) : [];
}
