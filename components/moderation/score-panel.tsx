import { Gauge } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ModerationHistoryEntry } from "@/lib/moderation/to-history-entry";
import { percent, providerLabel } from "./labels";

type Policy = { policyApproveBelow: number; policyRejectAbove: number };

const CLASS_STYLES: Record<string, { label: string; bar: string }> = {
  Neutral: { label: "Neutral", bar: "bg-emerald-500" },
  Drawing: { label: "Drawing", bar: "bg-sky-500" },
  Sexy: { label: "Suggestive", bar: "bg-amber-500" },
  Porn: { label: "Explicit", bar: "bg-red-500" },
  Hentai: { label: "Explicit drawing", bar: "bg-rose-500" },
};

/** Where the unsafe score falls between the model's two thresholds. */
function UnsafeMeter({ score, policy }: { score: number; policy: Policy }) {
  const approve = policy.policyApproveBelow * 100;
  const reject = policy.policyRejectAbove * 100;
  const verdict =
    score < policy.policyApproveBelow
      ? { text: "Below the approval threshold", tone: "text-emerald-700" }
      : score > policy.policyRejectAbove
        ? { text: "Above the rejection threshold", tone: "text-red-700" }
        : { text: "Between the thresholds: a person decides", tone: "text-amber-700" };
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-zinc-900">Unsafe score</span>
        <span className="text-sm font-semibold text-zinc-900 tabular-nums">{percent(score)}</span>
      </div>
      <div
        className="relative mt-2 h-2.5 overflow-visible rounded-full"
        role="img"
        aria-label={`Unsafe score ${percent(score)}; approved below ${percent(policy.policyApproveBelow)}, rejected above ${percent(policy.policyRejectAbove)}`}
      >
        <div className="absolute inset-0 flex overflow-hidden rounded-full">
          <span className="h-full bg-emerald-200" style={{ width: `${approve}%` }} />
          <span className="h-full bg-amber-200" style={{ width: `${Math.max(0, reject - approve)}%` }} />
          <span className="h-full flex-1 bg-red-200" />
        </div>
        <span
          aria-hidden
          className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-zinc-900 shadow"
          style={{ left: `${Math.min(100, Math.max(0, score * 100))}%` }}
        />
      </div>
      <div className="mt-1.5 flex justify-between text-[11px] text-zinc-500 tabular-nums">
        <span>approve &lt; {percent(policy.policyApproveBelow)}</span>
        <span>reject &gt; {percent(policy.policyRejectAbove)}</span>
      </div>
      <p className={cn("mt-1 text-xs font-medium", verdict.tone)}>{verdict.text}</p>
    </div>
  );
}

/** The latest scores of a photo as bars, with the unsafe score against the model's policy. */
export function ScorePanel({ history, policy }: { history: ModerationHistoryEntry[]; policy: Policy }) {
  const latest = history.find((entry) => entry.scores);
  if (!latest?.scores || latest.unsafeScore === null) {
    const reason = history.find((entry) => entry.reason)?.reason;
    return (
      <div className="flex gap-3 rounded-lg bg-zinc-50 px-4 py-4 text-sm text-zinc-600 ring-1 ring-zinc-200 ring-inset">
        <Gauge className="mt-0.5 size-4 shrink-0 text-zinc-400" aria-hidden />
        <div>
          <p className="font-medium text-zinc-800">No scores</p>
          <p className="mt-0.5 text-zinc-500">{reason ?? "No automatic check has scored this photo yet."}</p>
        </div>
      </div>
    );
  }
  const classes = Object.entries(latest.scores.scores).sort((a, b) => b[1] - a[1]);
  return (
    <div className="space-y-5">
      <UnsafeMeter score={latest.unsafeScore} policy={policy} />
      <ul className="space-y-2.5" aria-label="Class scores">
        {classes.map(([name, value]) => {
          const style = CLASS_STYLES[name] ?? { label: name, bar: "bg-zinc-500" };
          return (
            <li key={name} className="grid grid-cols-[7.5rem_1fr_3rem] items-center gap-3 text-[13px]">
              <span className="truncate text-zinc-600">{style.label}</span>
              <span className="h-1.5 overflow-hidden rounded-full bg-zinc-100">
                <span
                  className={cn("block h-full rounded-full", style.bar)}
                  style={{ width: `${Math.max(value * 100, value > 0 ? 1 : 0)}%` }}
                />
              </span>
              <span className="text-right font-medium text-zinc-900 tabular-nums">{percent(value)}</span>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-zinc-500">
        {providerLabel(latest.provider)} · <span className="font-mono">{latest.scores.model}</span>
      </p>
    </div>
  );
}
