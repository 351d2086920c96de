import { onRevalidation, type RevalidationRecord } from "@/lib/gallery/public/revalidation-log";

// Registered on import, before the test file runs anything, so no revalidation is missed.
const records: RevalidationRecord[] = [];
onRevalidation((record) => records.push(record));

/** The revalidations of this test process, oldest first. */
export function listRevalidations(): readonly RevalidationRecord[] {
  return [...records];
}

export function clearRevalidations(): void {
  records.length = 0;
}
