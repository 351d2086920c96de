// The Media JSON of the upload contract (issue 4) as the browser receives it from
// `POST/GET /api/models/{slug}/media[/{id}]`: the server's own DTO types, so both sides agree.
import type { MediaDto, MediaMetadataDto, MediaVariantDto } from "@/lib/media/library/to-media-dto";
import type { MediaViewStats } from "@/lib/views/get-media-view-stats";

export type MediaJson = MediaDto;
export type MediaVariantJson = MediaVariantDto;
export type MediaMetadataJson = MediaMetadataDto;
export type MediaStatus = MediaDto["status"];
export type ModerationStatus = MediaDto["moderationStatus"];
export type VariantFormat = MediaVariantDto["format"];
/** `views` of `GET /api/models/{slug}/media/{id}/views`: lightbox views, UTC days, staff only. */
export type MediaViewsJson = MediaViewStats;

/** One page of `GET /api/models/{slug}/media` (newest first by default), with the count of all matches. */
export interface MediaPage {
  items: MediaJson[];
  nextCursor: string | null;
  total: number;
}

/** The error body every API refusal carries. */
export interface ApiErrorBody {
  error: { code: string; message: string; existingId?: string; [key: string]: unknown };
}
