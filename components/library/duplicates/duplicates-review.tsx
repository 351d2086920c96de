"use client";

import { CopyCheck, LoaderCircle, Star } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { countPhotos, formatBytes } from "@/components/media/format-bytes";
import { ModerationBadge } from "@/components/media/media-badges";
import { MediaPicture } from "@/components/media/media-picture";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchDuplicateGroups, restoreMedia, trashMedia } from "../library-api";
import type { SimilarMedia } from "../library-types";
import { suggestKeeper } from "./suggest-keeper";

type Group = { key: string; items: SimilarMedia[] };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Runs `action` on every id; the ids it failed on come back with the first reason. */
async function forEach(ids: string[], action: (id: string) => Promise<unknown>) {
  const results = await Promise.allSettled(ids.map(action));
  const failed = ids.filter((_, i) => results[i]!.status === "rejected");
  const reason = results.find((r): r is PromiseRejectedResult => r.status === "rejected")?.reason as unknown;
  return { failed, message: reason instanceof Error ? reason.message : undefined };
}

function DuplicateCard({
  item,
  suggested,
  reference,
  href,
  canEdit,
  busy,
  onKeep,
}: {
  item: SimilarMedia;
  suggested: boolean;
  /** The group's oldest photo, which the distances are measured from. */
  reference: boolean;
  href: string;
  canEdit: boolean;
  busy: boolean;
  onKeep: () => void;
}) {
  const dimensions = item.width && item.height ? `${item.width} × ${item.height}` : "—";
  return (
    <li
      aria-label={item.filename}
      data-suggested={suggested || undefined}
      className={cn(
        "flex min-w-0 flex-col overflow-hidden rounded-xl bg-white shadow-xs ring-1",
        suggested ? "ring-2 ring-emerald-500" : "ring-zinc-200",
      )}
    >
      <a href={href} className="focus-visible:outline-brand-500 block focus-visible:outline-2">
        <MediaPicture
          item={item}
          className="aspect-square w-full"
          sizes="(min-width: 1024px) 260px, 50vw"
          alt={`Open ${item.filename}`}
        />
      </a>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <p className="truncate text-sm font-medium text-zinc-900" title={item.filename}>
          {item.filename}
        </p>
        <div className="space-y-0.5 text-xs text-zinc-600 tabular-nums">
          <p>
            {dimensions} · {formatBytes(item.bytes)}
          </p>
          <p>Uploaded {dateFormat.format(new Date(item.createdAt))}</p>
          <p title="Bits of the 64-bit perceptual hash that differ from the group's oldest photo">
            {reference ? "Oldest: the others are measured from it" : `${item.distance} of 64 bits apart`}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5">
          <ModerationBadge status={item.moderationStatus} />
          {suggested && (
            <Badge tone="green">
              <Star className="size-3" aria-hidden /> Suggested keeper
            </Badge>
          )}
        </div>
        {canEdit && (
          <Button
            variant={suggested ? "primary" : "secondary"}
            size="sm"
            className="mt-auto w-full"
            disabled={busy}
            onClick={onKeep}
          >
            Keep this one<span className="sr-only"> ({item.filename}), trash the others</span>
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * Near-identical photos of one model, group by group (re-exports, resized copies, small crops), with
 * the copy to keep suggested: writers keep one and move the others to the trash, with an undo.
 */
export function DuplicatesReview({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchDuplicateGroups(slug, controller.signal).then(
      (found) => setGroups(found.map((g) => ({ key: g.items.map((i) => i.id).join(","), items: g.items }))),
      (err: unknown) => {
        if (!controller.signal.aborted)
          setError(err instanceof Error ? err.message : "The duplicates could not be loaded.");
      },
    );
    return () => controller.abort();
  }, [slug]);

  async function keep(group: Group, keeper: SimilarMedia) {
    const others = group.items.filter((item) => item.id !== keeper.id);
    setBusy(group.key);
    const { failed, message } = await forEach(
      others.map((o) => o.id),
      (id) => trashMedia(slug, id),
    );
    setBusy(null);
    const trashed = others.filter((o) => !failed.includes(o.id));
    if (failed.length) {
      toast.error(`${countPhotos(failed.length)} could not be moved to the trash`, { description: message });
      if (!trashed.length) return;
    }
    const index = groups?.findIndex((g) => g.key === group.key) ?? 0;
    setGroups((current) => current?.filter((g) => g.key !== group.key) ?? null);
    toast.success(`Kept ${keeper.filename}, moved ${countPhotos(trashed.length)} to the trash`, {
      action: {
        label: "Undo",
        onClick: () => {
          void forEach(
            trashed.map((t) => t.id),
            (id) => restoreMedia(slug, id),
          ).then(({ failed: lost, message: why }) => {
            if (lost.length) {
              toast.error(`${countPhotos(lost.length)} could not be restored`, { description: why });
              return;
            }
            setGroups((current) => {
              const next = [...(current ?? [])];
              next.splice(Math.min(index, next.length), 0, group);
              return next;
            });
            toast.success(`${countPhotos(trashed.length)} restored`);
          });
        },
      },
    });
  }

  if (error) return <Alert>{error}</Alert>;
  if (!groups) {
    return (
      <div className="flex items-center justify-center py-16 text-zinc-500">
        <LoaderCircle className="size-6 motion-safe:animate-spin" aria-hidden />
        <span className="sr-only">Looking for near-duplicates</span>
      </div>
    );
  }
  if (groups.length === 0) {
    return (
      <EmptyState
        icon={CopyCheck}
        title="No near-duplicates found"
        description="Photos that look the same (re-exports, resized copies, small crops) are grouped here as soon as they are processed."
      />
    );
  }

  const photos = groups.reduce((sum, g) => sum + g.items.length, 0);
  return (
    <div className="space-y-8">
      <p className="text-sm text-zinc-600">
        {groups.length} {groups.length === 1 ? "group" : "groups"} · {countPhotos(photos)}.{" "}
        {canEdit
          ? "The suggested keeper has the most pixels (the oldest upload on a tie); the others go to the trash, where they can be restored."
          : "You have read-only access."}
      </p>
      {groups.map((group, index) => {
        const keeper = suggestKeeper(group.items);
        const oldest = group.items.reduce((a, b) =>
          Date.parse(b.createdAt) < Date.parse(a.createdAt) ? b : a,
        );
        return (
          <section
            key={group.key}
            aria-labelledby={`group-${index}`}
            className="rounded-2xl bg-zinc-50 p-4 ring-1 ring-zinc-200 sm:p-5"
          >
            <h2 id={`group-${index}`} className="mb-3 text-sm font-semibold text-zinc-900">
              Group {index + 1}{" "}
              <span className="font-normal text-zinc-500">· {countPhotos(group.items.length)}</span>
            </h2>
            <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
              {group.items.map((item) => (
                <DuplicateCard
                  key={item.id}
                  item={item}
                  suggested={item.id === keeper?.id}
                  reference={item.id === oldest.id}
                  href={`/admin/models/${encodeURIComponent(slug)}/library?item=${encodeURIComponent(item.id)}`}
                  canEdit={canEdit}
                  busy={busy === group.key}
                  onKeep={() => void keep(group, item)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
