import { db } from "@/lib/db";

/** A photo stuck longer than this (a crash) must not hold back AVIF work for ever. */
const RECENT_MS = 10 * 60_000;

/** Recent photos still waiting for their first variants, across every model: AVIF work yields to them. */
export function countProcessingMedia(now = Date.now()): Promise<number> {
  return db.mediaItem.count({
    where: { status: "PROCESSING", deletedAt: null, createdAt: { gt: new Date(now - RECENT_MS) } },
  });
}
