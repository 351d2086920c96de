import type { MediaJson } from "@/components/media/media-types";
import type { MediaCategoryDto } from "@/lib/media/library/to-media-dto";
import type { ModerationHistoryEntry } from "@/lib/moderation/to-history-entry";

/** A category as a photo carries it. */
export type CategoryRef = MediaCategoryDto;

/** A category of `GET /api/models/{slug}/categories`, with how many photos it holds. */
export interface CategoryJson extends CategoryRef {
  count: number;
}

/** A photo of `…/similar` or of a duplicates group: how far its hash is from the other(s). */
export type SimilarMedia = MediaJson & { distance: number };

/** The editable fields of `PATCH /api/models/{slug}/media/{id}`. */
export interface MediaPatch {
  title?: string;
  altText?: string;
  caption?: string;
  tags?: string[];
  categoryIds?: string[];
}

export type { ModerationHistoryEntry };
