import { config } from "@/lib/config";
import { ModerationProviderError } from "./provider-error";

/**
 * The app's public origin for the URLs an external provider calls (the signed image URL and the
 * webhook). Must be reachable from the provider, so it is APP_URL and never a guess; without it the
 * http provider cannot work, which no retry fixes.
 */
export function moderationBaseUrl(): string {
  const { APP_URL } = config();
  if (!APP_URL) {
    throw new ModerationProviderError(
      "The http moderation provider needs APP_URL, the address the provider can reach this app at.",
      false,
    );
  }
  return APP_URL;
}
