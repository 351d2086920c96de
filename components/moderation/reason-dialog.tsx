"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/input";
import { Kbd } from "./kbd";

const REJECT_REASONS = [
  "Nudity or sexual content",
  "Not this model",
  "Poor quality",
  "Someone else's copyright or watermark",
  "Duplicate",
];

export type ReasonRequest = {
  /** What the dialog is for: rejecting, or sending back to review. */
  kind: "reject" | "resubmit";
  count: number;
};

/**
 * Asks for the reason of a rejection (or of sending a photo back for review) before it is made:
 * quick picks, or free text; Enter confirms, Shift+Enter starts a new line, Escape cancels.
 */
export function ReasonDialog({
  request,
  pending,
  onConfirm,
  onClose,
}: {
  request: ReasonRequest | null;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  // After the dialog opened (its own effect runs first): showModal() focuses the first button, but
  // the reason is what one types next, and a space typed on a button would press it.
  useEffect(() => {
    if (request) field.current?.focus();
  }, [request]);
  const [shownFor, setShownFor] = useState<ReasonRequest | null>(null);
  if (request !== shownFor) {
    setShownFor(request);
    setReason("");
  }
  const reject = request?.kind !== "resubmit";
  const what = request && request.count > 1 ? `${request.count} photos` : "this photo";

  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      title={reject ? `Reject ${what}` : `Send ${what} back for review`}
      description={
        reject
          ? "It disappears from every public page at once. The reason stays in the photo's history."
          : "An owner or admin will look at it again. Say what changed."
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(reason.trim());
        }}
        className="space-y-4"
      >
        {reject && (
          <div className="flex flex-wrap gap-2" aria-label="Common reasons">
            {REJECT_REASONS.map((text) => (
              <button
                key={text}
                type="button"
                onClick={() => setReason(text)}
                aria-pressed={reason === text}
                className="rounded-full px-3 py-1 text-[13px] text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 aria-pressed:bg-zinc-900 aria-pressed:text-white aria-pressed:ring-zinc-900"
              >
                {text}
              </button>
            ))}
          </div>
        )}
        <div className="space-y-1.5">
          <label htmlFor="moderation-reason" className="block text-sm font-medium text-zinc-800">
            Reason{" "}
            <span className="font-normal text-zinc-500">{reject ? "(recommended)" : "(optional)"}</span>
          </label>
          <Textarea
            ref={field}
            id="moderation-reason"
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
            className="min-h-20"
            placeholder={reject ? "Why may the public not see it?" : "What should the reviewer know?"}
          />
        </div>
        <div className="flex items-center justify-between gap-3">
          <p className="hidden text-xs text-zinc-500 sm:block">
            <Kbd>Enter</Kbd> to confirm · <Kbd>Esc</Kbd> to cancel
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant={reject ? "danger" : "primary"} pending={pending}>
              {reject ? `Reject ${request && request.count > 1 ? request.count : ""}`.trim() : "Send back"}
            </Button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
