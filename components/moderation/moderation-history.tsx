import { Bot, Cpu, Globe, Hand, UserRound, type LucideIcon } from "lucide-react";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { ModerationBadge } from "@/components/media/media-badges";
import { cn } from "@/components/ui/cn";
import type { ModerationHistoryEntry } from "@/lib/moderation/to-history-entry";
import { DECISION_VERBS, percent, providerLabel } from "./labels";

const PROVIDER_ICONS: Record<string, LucideIcon> = {
  local: Cpu,
  http: Globe,
  manual: Hand,
  human: UserRound,
};

function titleOf(entry: ModerationHistoryEntry): string {
  if (!entry.automatic) {
    const verb = entry.decision ? DECISION_VERBS[entry.decision] : "Looked at";
    return `${verb} by ${entry.decidedBy?.name ?? "a former member of staff"}`;
  }
  const attempt = entry.attempt > 1 ? ` · attempt ${entry.attempt}` : "";
  if (entry.decision) return `${DECISION_VERBS[entry.decision]} automatically${attempt}`;
  if (entry.scores) return `Scores received${attempt}`;
  if (entry.reason)
    return entry.attempt > 0 ? `Attempt ${entry.attempt} failed` : "The automatic check failed";
  return `Waiting for the provider${attempt}`;
}

/** Every attempt and decision for a photo, newest first: who or what, why, and what it changed. */
export function ModerationHistory({ history, now }: { history: ModerationHistoryEntry[]; now: Date }) {
  if (history.length === 0) {
    return <p className="text-sm text-zinc-500">No checks or decisions yet.</p>;
  }
  return (
    <ol className="relative space-y-5" aria-label="Moderation history">
      <span aria-hidden className="absolute top-2 bottom-2 left-[13px] w-px bg-zinc-200" />
      {history.map((entry) => {
        const Icon = PROVIDER_ICONS[entry.provider] ?? Bot;
        const at = new Date(entry.createdAt);
        return (
          <li key={entry.id} className="relative flex gap-3">
            <span
              className={cn(
                "relative z-10 flex size-7 shrink-0 items-center justify-center rounded-full ring-4 ring-white",
                entry.automatic ? "bg-zinc-100 text-zinc-500" : "bg-zinc-900 text-white",
              )}
            >
              <Icon className="size-3.5" aria-hidden strokeWidth={2} />
            </span>
            <div className="min-w-0 flex-1 pt-0.5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <p className="text-[13px] font-medium text-zinc-900">{titleOf(entry)}</p>
                <time
                  dateTime={entry.createdAt}
                  title={formatTimestamp(at)}
                  className="text-xs text-zinc-500"
                >
                  {formatRelative(at, now)}
                </time>
              </div>
              <p className="mt-0.5 text-xs text-zinc-500">
                {providerLabel(entry.provider)}
                {entry.unsafeScore !== null && <> · unsafe {percent(entry.unsafeScore)}</>}
              </p>
              {entry.decision && (
                <div className="mt-1.5 flex items-center gap-1.5 text-xs text-zinc-500">
                  <ModerationBadge status={entry.previousStatus} />
                  <span aria-label="became">→</span>
                  <ModerationBadge status={entry.decision} />
                </div>
              )}
              {entry.reason && (
                <p className="mt-1.5 text-[13px] leading-5 break-words text-zinc-600">{entry.reason}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
