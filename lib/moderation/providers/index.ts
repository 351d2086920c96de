import { config } from "@/lib/config";
import { logger } from "@/lib/logger";
import { classifyLocal, type ClassifierInput } from "./local";
import { submitHttpModerationJob, type HttpProviderOptions } from "./http";
import { PROVIDER_NAMES, type ClassifyResult, type ModerationJob, type ProviderName } from "../schemas";

/** Answers at once with scores (the on-device classifier). */
export type SyncModerationProvider = {
  name: "local";
  mode: "sync";
  classify(image: ClassifierInput): Promise<ClassifyResult>;
};

/** Accepts a job now and answers later on the signed webhook. */
export type AsyncModerationProvider = {
  name: "http";
  mode: "async";
  submit(job: ModerationJob): Promise<{ externalId: string }>;
};

/** No machine decides: every photo goes to the review queue, with `reason` recorded. */
export type ManualModerationProvider = { name: "manual"; mode: "manual"; reason: string };

export type ModerationProvider = SyncModerationProvider | AsyncModerationProvider | ManualModerationProvider;

const isProviderName = (value: string): value is ProviderName =>
  (PROVIDER_NAMES as readonly string[]).includes(value);

/**
 * The provider for one model: `Model.moderationProvider`, or `MODERATION_PROVIDER` when it is null.
 * An unknown stored name is not a crash: it falls back to manual review and says why.
 */
export function getModerationProvider(
  model: { moderationProvider: string | null },
  options: { http?: HttpProviderOptions } = {},
): ModerationProvider {
  const configured = model.moderationProvider ?? config().MODERATION_PROVIDER;
  if (!isProviderName(configured)) {
    logger.warn(
      { domain: "moderation", provider: configured },
      "unknown moderation provider; using manual review",
    );
    return {
      name: "manual",
      mode: "manual",
      reason: `Unknown moderation provider "${configured}" is configured for this model; a person must decide.`,
    };
  }
  switch (configured) {
    case "local":
      return { name: "local", mode: "sync", classify: classifyLocal };
    case "http":
      return { name: "http", mode: "async", submit: (job) => submitHttpModerationJob(job, options.http) };
    case "manual":
      return { name: "manual", mode: "manual", reason: "This model's photos are reviewed by a person." };
  }
}
