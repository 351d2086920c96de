import {
  LoaderCircle,
  ShieldAlert,
  ShieldCheck,
  ShieldEllipsis,
  ShieldX,
  type LucideIcon,
} from "lucide-react";
import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { MediaStatus, ModerationStatus } from "./media-types";

export const STATUS_LABELS: Record<MediaStatus, string> = {
  PROCESSING: "Processing",
  READY: "Ready",
  FAILED: "Failed",
};

export const MODERATION_LABELS: Record<ModerationStatus, string> = {
  PENDING: "Pending",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  NEEDS_REVIEW: "Needs review",
};

const STATUS_TONES: Record<MediaStatus, BadgeTone> = { PROCESSING: "blue", READY: "green", FAILED: "red" };

export function StatusBadge({ status }: { status: MediaStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      {status === "PROCESSING" ? (
        <LoaderCircle className="size-3 motion-safe:animate-spin" aria-hidden />
      ) : (
        <Dot />
      )}
      {STATUS_LABELS[status]}
    </Badge>
  );
}

const MODERATION: Record<ModerationStatus, { tone: BadgeTone; icon: LucideIcon }> = {
  PENDING: { tone: "neutral", icon: ShieldEllipsis },
  APPROVED: { tone: "green", icon: ShieldCheck },
  REJECTED: { tone: "red", icon: ShieldX },
  NEEDS_REVIEW: { tone: "amber", icon: ShieldAlert },
};

/** The moderation state; the word "Moderation" is there for screen readers, the shield for the eye. */
export function ModerationBadge({ status }: { status: ModerationStatus }) {
  const { tone, icon: Icon } = MODERATION[status];
  return (
    <Badge
      tone={tone}
      title={`Moderation: ${MODERATION_LABELS[status].toLowerCase()}`}
      data-moderation={status}
    >
      <Icon className="size-3" aria-hidden />
      <span className="sr-only">Moderation: </span>
      {MODERATION_LABELS[status]}
    </Badge>
  );
}
