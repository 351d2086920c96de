import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { ReviewQueue } from "@/components/moderation/review-queue";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole } from "@/lib/auth/roles";
import { canModerate } from "@/lib/moderation/decision-refusal";
import { listReviewQueue, QUEUE_STATUSES } from "@/lib/moderation/list-review-queue";
import { decideManyAction, decideMediaAction, undoDecisionsAction } from "./actions";

export const metadata: Metadata = { title: "Moderation" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export default async function ModerationPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePageStaff();
  const params = await searchParams;
  const requested = first(params.status);
  const status = QUEUE_STATUSES.find((s) => s === requested) ?? "NEEDS_REVIEW";
  const queue = await listReviewQueue(staff, { status, modelSlug: first(params.model) });
  const moderator = canModerate(staff);

  return (
    <>
      <PageHeader
        title="Moderation"
        description={
          moderator
            ? "Photos the automatic check was unsure about, or could not check, wait here. Nothing reaches the public until it is approved."
            : "Where your models' photos stand. Owners and admins approve or reject them; nothing reaches the public until approved."
        }
      />
      <ReviewQueue
        // A new filter is a new queue: the current photo and the selection start over.
        key={`${queue.status}:${queue.modelSlug ?? ""}`}
        queue={queue}
        canModerate={moderator}
        canResubmit={hasRole(staff, "EDITOR")}
        initialMediaId={first(params.media)}
        now={new Date().toISOString()}
        decideAction={decideMediaAction}
        decideManyAction={decideManyAction}
        undoAction={undoDecisionsAction}
      />
    </>
  );
}
