import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";

/** The user's stored value for `key`, or null when none was saved. */
export async function getPreference(user: StaffUser, key: string): Promise<unknown> {
  const row = await db.userPreference.findUnique({ where: { userId_key: { userId: user.id, key } } });
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return null;
  }
}
