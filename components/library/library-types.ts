import type { MediaJson } from "@/components/media/media-types";
import type { ModerationHistoryEntry } from "@/lib/moderation/to-history-entry";

/** A category as a photo carries it. */
export interface CategoryRef {
  id: string;
  slug: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

/** A category of `GET /api/models/{slug}/categories`, with how many photos it holds. */
export interface CategoryJson extends CategoryRef {
  count: number;
}

/** The fields the library workspace adds to Media (issue 10 contract). */
export interface LibraryFields {
  title: string;
  altText: string;
  caption: string;
  /** Lowercase, sorted. */
  tags: string[];
  categories: CategoryRef[];
  sections: { id: string; slug: string; title: string }[];
  viewCount: number;
  takenAt: string | null;
  uploadedBy: { id: string; name: string } | null;
  deletedAt: string | null;
}

export type LibraryMedia = MediaJson & LibraryFields;

/** A photo of `…/similar` or of a duplicates group: how far its hash is from the other(s). */
export type SimilarMedia = LibraryMedia & { distance: number };

/** The editable fields of `PATCH /api/models/{slug}/media/{id}`. */
export interface MediaPatch {
  title?: string;
  altText?: string;
  caption?: string;
  tags?: string[];
  categoryIds?: string[];
}

export type { ModerationHistoryEntry };
