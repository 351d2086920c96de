import type { ModerationStatus } from "@/components/media/media-types";

/** Who or what made a check, in words. */
export const PROVIDER_LABELS: Record<string, string> = {
  local: "On-device classifier",
  http: "External moderation API",
  manual: "Manual review",
  human: "Person",
};

export const providerLabel = (provider: string) => PROVIDER_LABELS[provider] ?? provider;

/** The queue's status tabs, in the order a reviewer works through them. */
export const QUEUE_TABS: { status: ModerationStatus; label: string }[] = [
  { status: "NEEDS_REVIEW", label: "Needs review" },
  { status: "PENDING", label: "Pending" },
  { status: "REJECTED", label: "Rejected" },
  { status: "APPROVED", label: "Approved" },
];

/** "Approved", "Rejected", "Sent back for review", as a person's decision reads in a toast or history. */
export const DECISION_VERBS: Record<ModerationStatus, string> = {
  APPROVED: "Approved",
  REJECTED: "Rejected",
  NEEDS_REVIEW: "Sent to review",
  PENDING: "Queued for checking",
};

export const percent = (value: number) =>
  `${(value * 100).toFixed(value >= 0.995 || value < 0.001 ? 0 : value < 0.1 ? 1 : 0)}%`;
