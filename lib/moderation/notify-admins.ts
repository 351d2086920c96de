import { db, type Db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { reviewLink } from "./review-link";

/**
 * Tells every active owner and admin that a photo waits in the review queue because the automatic
 * check gave up. Editors are not told: they cannot decide, and the photo's badge already shows it.
 * `key` (the deciding check's id) makes a retry notify nobody twice. Returns how many were notified.
 * `applyMachineDecision` calls it inside its transaction, so a photo is never in review unannounced.
 */
export async function notifyAdmins(
  mediaId: string,
  key: string,
  reason: string,
  client: Pick<Db, "mediaItem" | "user" | "notification"> = db,
): Promise<number> {
  const item = await client.mediaItem.findUnique({
    where: { id: mediaId },
    select: { filename: true, model: { select: { slug: true, displayName: true } } },
  });
  if (!item) return 0;
  const admins = await client.user.findMany({
    where: { role: { in: ["OWNER", "ADMIN"] }, disabled: false },
    select: { id: true },
  });
  return createNotifications(
    admins.map((admin) => admin.id),
    key,
    {
      type: "moderation.needs_review",
      title: `${item.filename} (${item.model.displayName}) needs review`,
      body: reason,
      link: reviewLink({ mediaId, modelSlug: item.model.slug }),
    },
    client,
  );
}
