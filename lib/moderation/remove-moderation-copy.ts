import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";

/** The copy is only for the decision: once made, nobody needs it, and a private file less is safer. */
export async function removeModerationCopy(key: string, storage: Storage = getStorage()): Promise<void> {
  await storage.delete(key);
}
