import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/db";
import { fitColumn } from "@/lib/text/fit-column";

export type NewNotification = {
  type: string;
  title: string;
  body?: string;
  /** An admin path, e.g. `/admin/moderation?media=…`. */
  link?: string | null;
};

/**
 * One notification row per recipient (the notification centre reads them later). `key` names the
 * occasion: rows are keyed by it and the user, so a retried job step notifies nobody twice. Pass a
 * transaction client to notify in the same transaction as the change the notification is about.
 */
export async function createNotifications(
  userIds: readonly string[],
  key: string,
  notification: NewNotification,
  client: Pick<Db, "notification"> = db,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await client.notification.createMany({
    data: [...new Set(userIds)].map((userId) => ({
      id: `nt${createHash("sha256").update(`${key}:${userId}`).digest("hex").slice(0, 23)}`,
      userId,
      type: notification.type,
      title: fitColumn(notification.title),
      body: fitColumn(notification.body ?? "", 2000),
      link: notification.link ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
