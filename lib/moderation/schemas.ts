import { z } from "zod";

/** The five classes of the nsfwjs models, in the order the models output them. */
export const NSFW_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type NsfwClass = (typeof NSFW_CLASSES)[number];

/** Every class score, each a probability in [0, 1]; together they sum to about 1. */
export type ClassScores = Record<NsfwClass, number>;

export const probability = z.number().finite().min(0).max(1);

/** Scores as a provider reports them: all five classes, each a probability. */
export const classScoresSchema = z.object({
  Drawing: probability,
  Hentai: probability,
  Neutral: probability,
  Porn: probability,
  Sexy: probability,
}) satisfies z.ZodType<ClassScores>;

/** What a classifier returns: every class score and the model that produced them. */
export type ClassifyResult = { scores: ClassScores; model: string };

/** The job the app POSTs to MODERATION_API_URL. */
export const moderationJobSchema = z.object({
  /** The app's own id for this attempt; comes back in the callback. */
  jobId: z.string().min(1).max(191),
  /** A short-lived signed URL of the moderation copy (never the original). */
  imageUrl: z.url(),
  /** Where the provider POSTs the signed result. */
  callbackUrl: z.url(),
});
export type ModerationJob = z.infer<typeof moderationJobSchema>;

/** The provider's 2xx answer to a job: its own id for it. */
export const moderationJobAcceptedSchema = z.object({ id: z.string().min(1).max(191) });

/**
 * The body of the signed callback (`POST /api/moderation/webhook`), in the Standard Webhooks
 * payload shape `{ type, timestamp, data }`.
 */
export const moderationCallbackSchema = z.object({
  type: z.literal("moderation.completed"),
  timestamp: z.iso.datetime({ offset: true }),
  data: z.object({
    /** The provider's job id (`ModerationCheck.externalId`). */
    id: z.string().min(1).max(191),
    /** The app's `jobId` from the request. */
    jobId: z.string().min(1).max(191),
    /** The provider's model or version, recorded with the decision. */
    model: z.string().min(1).max(200),
    scores: classScoresSchema,
  }),
});
export type ModerationCallback = z.infer<typeof moderationCallbackSchema>;

/**
 * What a person can set: approve, reject, or send back to the review queue (how an editor re-submits
 * a rejected photo). PENDING belongs to the machine.
 */
export const HUMAN_DECISIONS = ["APPROVED", "REJECTED", "NEEDS_REVIEW"] as const;
export type HumanDecision = (typeof HUMAN_DECISIONS)[number];

/** The body of `POST /api/models/{slug}/media/{id}/moderation` and of the review queue's actions. */
export const moderationDecisionSchema = z.object({
  decision: z.enum(HUMAN_DECISIONS),
  reason: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((reason) => reason || null),
});
export type ModerationDecisionInput = z.input<typeof moderationDecisionSchema>;
