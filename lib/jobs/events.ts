import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends or listens to, with its payload schema. Functions trigger on these objects,
// and senders build events with `mediaUploaded.create({...})` so the payload is checked at the boundary.

export const mediaUploaded = eventType("media/uploaded", {
  schema: z.object({ mediaId: z.string().min(1), modelId: z.string().min(1) }),
});

export const mediaReprocess = eventType("media/reprocess", {
  schema: z.object({
    mediaId: z.string().min(1),
    modelId: z.string().min(1),
    /** The edit version to derive from; absent means the current one. */
    versionId: z.string().min(1).optional(),
  }),
});

/** Processing finished: the item is READY with its JPEG/WebP variants (moderation starts from here). */
export const mediaProcessed = eventType("media/processed", {
  schema: z.object({
    mediaId: z.string().min(1),
    modelId: z.string().min(1),
    /** The revision of the variants just derived. */
    revision: z.number().int().positive(),
    /** `uploaded` for a new photo, `reprocessed` after an edit (`media/reprocess`). */
    trigger: z.enum(["uploaded", "reprocessed"]),
  }),
});

/** Derive the AVIF variants of one revision (a separate, lower-priority function). */
export const mediaAvifRequested = eventType("media/avif.requested", {
  schema: z.object({ mediaId: z.string().min(1), revision: z.number().int().positive() }),
});

/** A model's watermark settings changed: re-derive the public variants of its READY media. */
export const modelWatermarkChanged = eventType("model/watermark.changed", {
  schema: z.object({ modelId: z.string().min(1), watermarkRevision: z.number().int().positive() }),
});

/** A signed provider callback arrived (`POST /api/moderation/webhook`); the moderation run waits for it. */
export const moderationCallbackReceived = eventType("moderation/callback.received", {
  schema: z.object({
    mediaId: z.string().min(1),
    /** The `ModerationCheck` (one attempt) the callback answers; the job id the app sent. */
    checkId: z.string().min(1),
    /** The external provider's job id, matched against `ModerationCheck.externalId`. */
    externalId: z.string().min(1),
    scores: z.record(z.string(), z.number()),
  }),
});

export const galleryChanged = eventType("gallery/changed", {
  schema: z.object({
    modelId: z.string().min(1),
    /** The section that changed; absent when the whole model's pages are affected. */
    sectionId: z.string().min(1).optional(),
  }),
});

/** A bulk action over a model's photos was requested (`POST /api/models/{slug}/media/bulk`); the BulkJob row holds the rest. */
export const mediaBulkRequested = eventType("media/bulk.requested", {
  schema: z.object({ jobId: z.string().min(1), modelId: z.string().min(1) }),
});

export const allEvents = [
  mediaUploaded,
  mediaReprocess,
  mediaProcessed,
  mediaAvifRequested,
  modelWatermarkChanged,
  moderationCallbackReceived,
  galleryChanged,
  mediaBulkRequested,
] as const;

export type AppEventName = (typeof allEvents)[number]["name"];
