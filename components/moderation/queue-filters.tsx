"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ModerationStatus } from "@/components/media/media-types";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/input";
import { QUEUE_TABS } from "./labels";

export function queueHref(status: ModerationStatus, model: string | null): string {
  const params = new URLSearchParams();
  if (status !== "NEEDS_REVIEW") params.set("status", status);
  if (model) params.set("model", model);
  const query = params.toString();
  return `/admin/moderation${query ? `?${query}` : ""}`;
}

/** The status tabs (with counts) and the model filter; both live in the URL. */
export function QueueFilters({
  status,
  model,
  counts,
  models,
}: {
  status: ModerationStatus;
  model: string | null;
  counts: Record<string, number>;
  models: { slug: string; displayName: string }[];
}) {
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-end justify-between gap-4 border-b border-zinc-200">
      <nav aria-label="Moderation status" className="-mb-px flex gap-1 overflow-x-auto">
        {QUEUE_TABS.map((tab) => {
          const active = tab.status === status;
          return (
            <Link
              key={tab.status}
              href={queueHref(tab.status, model)}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2 border-b-2 px-3 pt-1 pb-3 text-sm font-medium whitespace-nowrap transition-colors",
                active
                  ? "border-zinc-900 text-zinc-950"
                  : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
              )}
            >
              {tab.label}
              <span
                className={cn(
                  "rounded-full px-2 py-0.5 text-xs tabular-nums",
                  active
                    ? tab.status === "NEEDS_REVIEW" && counts[tab.status]
                      ? "bg-amber-100 text-amber-800"
                      : "bg-zinc-900 text-white"
                    : "bg-zinc-100 text-zinc-600",
                )}
              >
                {counts[tab.status] ?? 0}
              </span>
            </Link>
          );
        })}
      </nav>
      <div className="mb-2.5 flex items-center gap-2">
        <label htmlFor="moderation-model" className="text-sm text-zinc-500">
          Model
        </label>
        <Select
          id="moderation-model"
          compact
          className="w-48"
          value={model ?? ""}
          onChange={(event) => router.push(queueHref(status, event.target.value || null))}
        >
          <option value="">All models</option>
          {models.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.displayName}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
