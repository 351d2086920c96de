import { config } from "@/lib/config";
import { logger } from "@/lib/logger";
import { httpProvider } from "./http";
import { localProvider } from "./local";
import { manualProvider } from "./manual";
import type { ModerationProvider } from "./types";

export type {
  AsyncModerationProvider,
  ManualModerationProvider,
  ModerationProvider,
  SyncModerationProvider,
} from "./types";

/**
 * Every moderation provider, under the name models and MODERATION_PROVIDER use. A new provider is
 * one file in this folder plus one line here; the job, the policy form and validation follow.
 */
const PROVIDERS = {
  local: localProvider,
  http: httpProvider,
  manual: manualProvider,
} as const satisfies Record<string, ModerationProvider>;

export type ProviderName = keyof typeof PROVIDERS;
export const PROVIDER_NAMES = Object.keys(PROVIDERS) as [ProviderName, ...ProviderName[]];

export const isProviderName = (value: string | null | undefined): value is ProviderName =>
  value != null && Object.hasOwn(PROVIDERS, value);

/** The registered provider of this name; throws for a name no provider has (a programming error). */
export function providerByName(name: string): ModerationProvider {
  if (!isProviderName(name)) throw new Error(`No moderation provider is registered as "${name}".`);
  return PROVIDERS[name];
}

/** What staff choose from, in registry order (plain data, safe to pass to a client component). */
export function providerChoices(): { name: ProviderName; label: string; hint: string; scored: boolean }[] {
  return PROVIDER_NAMES.map((name) => {
    const { label, hint, mode } = PROVIDERS[name];
    return { name, label, hint, scored: mode !== "manual" };
  });
}

/**
 * The provider for one model: `Model.moderationProvider`, or `MODERATION_PROVIDER` when it is null.
 * An unknown name is not a crash: it falls back to manual review and says why.
 */
export function getModerationProvider(model: { moderationProvider: string | null }): ModerationProvider {
  const configured = model.moderationProvider ?? config().MODERATION_PROVIDER;
  if (isProviderName(configured)) return PROVIDERS[configured];
  logger.warn(
    { domain: "moderation", provider: configured },
    "unknown moderation provider; using manual review",
  );
  return {
    ...manualProvider,
    reason: `Unknown moderation provider "${configured}" is configured for this model; a person must decide.`,
  };
}
