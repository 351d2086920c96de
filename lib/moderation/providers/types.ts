import type { ClassifyResult, ModerationJob } from "../schemas";

/** What staff read when choosing a provider for a model. */
type ProviderInfo = { name: string; label: string; hint: string };

/** Answers at once with scores (e.g. the on-device classifier). */
export type SyncModerationProvider = ProviderInfo & {
  mode: "sync";
  /** The moderation copy's bytes in, every class score out. */
  classify(image: Buffer): Promise<ClassifyResult>;
};

/** Accepts a job now and answers later on the signed webhook. */
export type AsyncModerationProvider = ProviderInfo & {
  mode: "async";
  submit(job: ModerationJob): Promise<{ externalId: string }>;
};

/** No machine decides: every photo goes to the review queue, with `reason` recorded. */
export type ManualModerationProvider = ProviderInfo & { mode: "manual"; reason: string };

export type ModerationProvider = SyncModerationProvider | AsyncModerationProvider | ManualModerationProvider;
