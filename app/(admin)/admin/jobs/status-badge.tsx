import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<JobRunStatus, BadgeTone> = {
  QUEUED: "neutral",
  RUNNING: "blue",
  SLEEPING: "violet",
  WAITING: "amber",
  COMPLETED: "green",
  FAILED: "red",
  CANCELLED: "neutral",
};

export function RunStatusBadge({ status, retrying }: { status: JobRunStatus; retrying?: boolean }) {
  const label = retrying && (status === "QUEUED" || status === "RUNNING") ? "retrying" : status.toLowerCase();
  return (
    <Badge tone={retrying && status === "QUEUED" ? "amber" : TONES[status]}>
      <Dot /> {label}
    </Badge>
  );
}

/** "120 ms", "4.2 s", "3 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
