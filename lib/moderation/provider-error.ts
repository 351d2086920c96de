/**
 * A moderation provider failed. `retryable` says whether trying again later can help (5xx, 429,
 * network, timeout) or not (other 4xx, a broken answer, missing configuration): the moderation
 * function retries the first kind with backoff and sends the second straight to review.
 */
export class ModerationProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly details: { status?: number; retryAfterMs?: number } = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "ModerationProviderError";
  }
}
