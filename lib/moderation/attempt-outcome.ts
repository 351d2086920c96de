/** How one provider attempt ended, as a moderation run's steps return it (plain JSON). */
export type AttemptOutcome =
  /** Scores are on the row `checkId` (this attempt's, or an earlier one's late answer): the policy decides next. */
  | { kind: "scored"; checkId: string }
  /** The provider failed; `retryable` says whether another attempt can help. */
  | { kind: "failed"; retryable: boolean; reason: string; retryAfterMs?: number }
  /** Nothing left to decide: the photo is gone, replaced by a new revision, or decided meanwhile. */
  | { kind: "stopped"; reason: string };

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
