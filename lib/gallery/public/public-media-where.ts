import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one definition of a photo the public may see: processed, approved, not deleted. Every public query
 * filters with it inside the query, so a photo that loses approval drops out of every page at once and
 * the photos around it close up (positions are only an order, never slots).
 */
export const PUBLIC_MEDIA_WHERE = {
  status: "READY",
  moderationStatus: "APPROVED",
  deletedAt: null,
} as const satisfies Prisma.MediaItemWhereInput;

/**
 * A photo anyone may fetch by its URL (the files route): public as above, and its model is published,
 * so an unpublished model's photos are served to nobody outside its staff, exactly like its pages.
 */
export const PUBLIC_MEDIA_OF_PUBLISHED_MODEL_WHERE = {
  ...PUBLIC_MEDIA_WHERE,
  model: { published: true },
} as const satisfies Prisma.MediaItemWhereInput;

type MediaState = {
  status: string;
  moderationStatus: string;
  deletedAt: Date | null;
};

/** Why a photo of the model cannot be shown publicly, or null when it can. */
export function notPublicReason(media: MediaState): string | null {
  if (media.deletedAt) return "deleted";
  if (media.status === "PROCESSING") return "still processing";
  if (media.status === "FAILED") return "processing failed";
  if (media.moderationStatus === "REJECTED") return "rejected";
  if (media.moderationStatus !== "APPROVED") return "awaiting moderation";
  return null;
}
