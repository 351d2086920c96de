import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { preferenceText } from "./preference-schemas";

/**
 * Saves the user's value for `key` (null deletes it). A personal display choice, not a change to shared
 * data, so it is not audited.
 */
export async function setPreference(user: StaffUser, key: string, value: unknown): Promise<unknown> {
  if (value === null || value === undefined) {
    await db.userPreference.deleteMany({ where: { userId: user.id, key } });
    return null;
  }
  const text = preferenceText(value);
  await db.userPreference.upsert({
    where: { userId_key: { userId: user.id, key } },
    create: { userId: user.id, key, value: text },
    update: { value: text },
  });
  return JSON.parse(text) as unknown;
}
