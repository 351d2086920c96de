"use client";

import { Keyboard, RotateCcw, ShieldCheck, ShieldX } from "lucide-react";
import type { ModerationStatus } from "@/components/media/media-types";
import { Button } from "@/components/ui/button";
import { Kbd } from "./kbd";

/** Under the photo: approve and reject (or send back, for editors), and the shortcut hint. */
export function ReviewDecisionBar({
  status,
  canModerate,
  canResubmit,
  approving,
  onApprove,
  onReject,
  onResubmit,
  onHelp,
}: {
  status: ModerationStatus;
  canModerate: boolean;
  canResubmit: boolean;
  approving: boolean;
  onApprove: () => void;
  onReject: () => void;
  onResubmit: () => void;
  onHelp: () => void;
}) {
  const resubmittable = canResubmit && status === "REJECTED";
  return (
    <div className="mt-5 flex flex-wrap items-center justify-between gap-4">
      {canModerate ? (
        <div className="flex flex-wrap gap-2">
          <Button size="lg" pending={approving} disabled={status === "APPROVED"} onClick={onApprove}>
            <ShieldCheck aria-hidden /> Approve
            <Kbd inverted className="ml-1">
              A
            </Kbd>
          </Button>
          <Button size="lg" variant="secondary" disabled={status === "REJECTED"} onClick={onReject}>
            <span className="flex items-center gap-2 text-red-700">
              <ShieldX aria-hidden /> Reject…
            </span>
            <Kbd className="ml-1">R</Kbd>
          </Button>
        </div>
      ) : resubmittable ? (
        <Button size="lg" variant="secondary" onClick={onResubmit}>
          <RotateCcw aria-hidden /> Send back for review
        </Button>
      ) : (
        <p className="text-sm text-zinc-500">
          Owners and admins approve or reject photos.
          {canResubmit && " You can send a rejected photo back for review."}
        </p>
      )}
      <button
        type="button"
        onClick={onHelp}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800"
      >
        <Keyboard className="size-4" aria-hidden />
        <span className="flex items-center gap-1">
          <Kbd>J</Kbd> <Kbd>K</Kbd> next / previous
          {canModerate && (
            <>
              {" · "}
              <Kbd>X</Kbd> select
            </>
          )}
          {" · "}
          <Kbd>?</Kbd> all shortcuts
        </span>
      </button>
    </div>
  );
}
