import { inngest } from "@/lib/jobs/client";
import { mediaProcessed, moderationCallbackReceived } from "@/lib/jobs/events";
import { revalidateMediaGallery } from "@/lib/media/library/revalidate-media-gallery";
import { applyMachineDecision, type MachineDecisionOutcome } from "@/lib/moderation/apply-machine-decision";
import type { AttemptOutcome } from "@/lib/moderation/attempt-outcome";
import { moderationCheckId } from "@/lib/moderation/check-id";
import { classifyMediaAttempt } from "@/lib/moderation/classify-media-attempt";
import { closeWaitingAttempt, findScoredAttempt } from "@/lib/moderation/close-waiting-attempt";
import { decideFromScores } from "@/lib/moderation/decide-from-scores";
import { escalateFailedRun } from "@/lib/moderation/escalate-failed-run";
import {
  moderationMaxAttempts,
  moderationRetryDelayMs,
  moderationTimeoutMs,
  moderationWaitSlices,
} from "@/lib/moderation/moderation-settings";
import { planModeration } from "@/lib/moderation/plan-moderation";
import { removeModerationCopy } from "@/lib/moderation/remove-moderation-copy";
import { storeModerationCopy } from "@/lib/moderation/store-moderation-copy";
import { submitModerationAttempt } from "@/lib/moderation/submit-moderation-attempt";

/**
 * A processed revision (`media/processed`) gets its machine decision: the model's provider judges a
 * private, unwatermarked, metadata-free copy, and the model's policy turns the scores into APPROVED,
 * REJECTED or NEEDS_REVIEW. The provider (lib/moderation/providers) says how: a `sync` one classifies
 * at once; an `async` one takes a job and answers on the signed callback, which this run waits for
 * (re-submitting when the wait times out); `manual` sends the photo to the review queue. Provider failures and timeouts are tried again with growing pauses, MODERATION_MAX_ATTEMPTS
 * times in all; then the photo goes to review and admins are notified. Every attempt is a
 * `ModerationCheck` row (its id is the job id an external provider echoes).
 */
export const moderateMedia = inngest.createFunction(
  {
    id: "moderate-media",
    name: "Moderate media",
    triggers: [{ event: mediaProcessed }],
    // The on-device classifier is CPU-bound; a run waiting for a callback holds no slot.
    concurrency: { limit: 2 },
    // Retries cover the app's own failures (storage, database); the provider's have the attempt loop.
    retries: 3,
    onFailure: async ({ event, error }) => {
      const { mediaId, revision } = event.data.event.data;
      const outcome = await escalateFailedRun({
        runId: event.data.run_id,
        mediaId,
        revision,
        error: error.message,
      });
      if (outcome.applied) await revalidateIfVisible(outcome, mediaId);
    },
  },
  async ({ event, step, runId }) => {
    const { mediaId, revision } = event.data;

    const plan = await step.run("plan", () => planModeration(mediaId, revision));
    if (plan.kind === "skip") return { skipped: plan.reason };

    if (plan.mode === "manual") {
      const decided = await step.run("send-to-review", () =>
        applyMachineDecision({
          checkId: moderationCheckId(runId, 1),
          mediaId,
          revision,
          provider: plan.provider,
          attempt: 1,
          decision: "NEEDS_REVIEW",
          reason: plan.manualReason ?? "This model's photos are reviewed by a person.",
        }),
      );
      return summary(decided);
    }

    const copy = await step.run("make-moderation-copy", () => storeModerationCopy(mediaId, revision));
    if (!copy) return { skipped: "the photo is gone" };

    const maxAttempts = moderationMaxAttempts();
    const checkIds: string[] = [];
    let decided: MachineDecisionOutcome | null = null;
    let stopped: string | null = null;

    for (let attempt = 1; attempt <= maxAttempts && !decided && !stopped; attempt++) {
      const checkId = moderationCheckId(runId, attempt);
      checkIds.push(checkId);
      const target = { checkId, mediaId, revision, provider: plan.provider, attempt };

      let outcome: AttemptOutcome;
      if (plan.mode === "sync") {
        outcome = await step.run(`classify-${attempt}`, () =>
          classifyMediaAttempt({ ...target, copyKey: copy.key }),
        );
      } else {
        const submitted = await step.run(`submit-${attempt}`, () => submitModerationAttempt(target));
        if (submitted.kind !== "submitted") {
          outcome = submitted;
        } else {
          const timeoutMs = moderationTimeoutMs();
          let scored: string | null = null;
          // The wait is cut into slices with a look at the row before each: a callback that came
          // before a wait began (even before the provider answered the submission) stored its
          // scores there, but its event found nobody waiting. At most one slice is lost that way.
          for (const [slice, sliceMs] of moderationWaitSlices(timeoutMs).entries()) {
            scored = await step.run(`check-callback-${attempt}-${slice}`, () => findScoredAttempt(checkIds));
            if (scored) break;
            const callback = await step.waitForEvent(`wait-callback-${attempt}-${slice}`, {
              event: moderationCallbackReceived,
              timeout: sliceMs,
              // Any attempt of this run: a slow answer to an earlier, timed-out job still counts.
              if: checkIds.map((id) => `async.data.checkId == "${id}"`).join(" || "),
            });
            if (callback) {
              scored = callback.data.checkId;
              break;
            }
          }
          outcome = scored
            ? { kind: "scored", checkId: scored }
            : await step.run(`after-timeout-${attempt}`, () =>
                closeWaitingAttempt(checkIds, attempt, timeoutMs),
              );
        }
      }

      if (outcome.kind === "stopped") {
        stopped = outcome.reason;
      } else if (outcome.kind === "scored") {
        const scoredId = outcome.checkId;
        decided = await step.run("decide", () => decideFromScores({ checkId: scoredId, mediaId, revision }));
      } else if (!outcome.retryable || attempt === maxAttempts) {
        const reason = outcome.retryable
          ? `The automatic check gave up after ${attempt} attempts. Last error: ${outcome.reason}`
          : `The automatic check cannot work for this photo: ${outcome.reason}`;
        // Admins are told in the same transaction: a photo never waits in review unannounced.
        decided = await step.run("send-to-review", () =>
          applyMachineDecision({ ...target, decision: "NEEDS_REVIEW", reason, notifyAdmins: true }),
        );
      } else {
        await step.sleep(`backoff-${attempt}`, moderationRetryDelayMs(attempt, outcome.retryAfterMs));
      }
    }

    const outcome = decided;
    if (outcome?.applied && outcome.visibilityChanged) {
      await step.run("revalidate-gallery", () => revalidateIfVisible(outcome, mediaId));
    }
    await step.run("remove-moderation-copy", () => removeModerationCopy(copy.key));
    return stopped ? { stopped } : summary(outcome);
  },
);

function summary(outcome: MachineDecisionOutcome | null) {
  if (!outcome) return { decision: null };
  return outcome.applied ? { decision: outcome.decision } : { notApplied: outcome.reason };
}

/** Public pages follow a photo that became (or stopped being) public; a failed refresh is retried. */
async function revalidateIfVisible(
  outcome: Extract<MachineDecisionOutcome, { applied: true }>,
  mediaId: string,
): Promise<string> {
  if (!outcome.visibilityChanged) return "unchanged";
  const result = await revalidateMediaGallery(
    outcome.modelId,
    `media ${mediaId} ${outcome.decision.toLowerCase()}`,
    mediaId,
  );
  if (result?.delivery === "failed") throw new Error("The public gallery pages could not be refreshed.");
  return result?.delivery ?? "model gone";
}
