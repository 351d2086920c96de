"use client";

import {
  Check,
  CircleAlert,
  Download,
  ExternalLink,
  LoaderCircle,
  Trash2,
  TriangleAlert,
} from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { CategoryChip } from "@/components/library/categories/category-chip";
import { CategoryPicker } from "@/components/library/details/category-picker";
import { MediaModerationHistory } from "@/components/library/details/media-moderation-history";
import { SimilarPhotos } from "@/components/library/details/similar-photos";
import { TagInput } from "@/components/library/details/tag-input";
import { useMediaEditor, type SaveState } from "@/components/library/details/use-media-editor";
import { originalUrl, restoreMedia, trashMedia } from "@/components/library/library-api";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatBytes } from "./format-bytes";
import { ModerationBadge, StatusBadge } from "./media-badges";
import { MediaPicture } from "./media-picture";
import type { MediaJson } from "./media-types";
import { MediaViews } from "./media-views";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

function Details({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="divide-y divide-zinc-100 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="flex items-baseline justify-between gap-4 py-2">
          <dt className="shrink-0 text-zinc-500">{term}</dt>
          <dd className="min-w-0 text-right font-medium break-words text-zinc-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{children}</h3>;
}

function SaveIndicator({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const [icon, text, tone] =
    state.kind === "saving"
      ? [
          <LoaderCircle key="i" className="size-3.5 motion-safe:animate-spin" aria-hidden />,
          "Saving…",
          "text-zinc-500",
        ]
      : state.kind === "error"
        ? [<CircleAlert key="i" className="size-3.5" aria-hidden />, "Not saved", "text-red-700"]
        : dirty
          ? [null, "Unsaved changes", "text-amber-800"]
          : state.kind === "saved"
            ? [<Check key="i" className="size-3.5" aria-hidden />, "All changes saved", "text-emerald-700"]
            : [null, "", ""];
  return (
    <p role="status" aria-live="polite" className={`flex items-center gap-1 text-xs font-medium ${tone}`}>
      {icon}
      {text}
    </p>
  );
}

function AltTextWarning({ id }: { id: string }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-[13px] font-medium text-amber-800">
      <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
      Public pages need alt text for screen readers
    </p>
  );
}

/** The editable fields: title, alt text, caption, tags and categories, saved as the person works. */
function EditableFields({ item, onChanged }: { item: MediaJson; onChanged: (item: MediaJson) => void }) {
  const id = useId();
  const editor = useMediaEditor(item.modelSlug, item, onChanged);
  const altEmpty = !editor.draft.altText.trim();
  // Cmd/Ctrl+Enter saves at once, from any field.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      editor.saveTexts();
    }
  };
  const text = (field: "title" | "altText" | "caption") => ({
    value: editor.draft[field],
    onChange: (event: { target: { value: string } }) => editor.setField(field, event.target.value),
    onBlur: editor.saveTexts,
  });

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4" onKeyDown={onKeyDown}>
      <div className="flex items-baseline justify-between gap-3">
        <Heading>
          <span id={`${id}-heading`}>Description</span>
        </Heading>
        <SaveIndicator state={editor.state} dirty={editor.dirty} />
      </div>
      {editor.state.kind === "error" && <Alert>The change was not saved. {editor.state.message}</Alert>}
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-title`}>Title</Label>
        <Input id={`${id}-title`} maxLength={191} autoComplete="off" {...text("title")} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-alt`}>Alt text</Label>
        <Textarea
          id={`${id}-alt`}
          maxLength={1000}
          className="min-h-20!"
          aria-describedby={altEmpty ? `${id}-alt-warning` : `${id}-alt-hint`}
          {...text("altText")}
        />
        {altEmpty ? (
          <AltTextWarning id={`${id}-alt-warning`} />
        ) : (
          <p id={`${id}-alt-hint`} className="text-[13px] text-zinc-500">
            What the photo shows, for people who cannot see it.
          </p>
        )}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-caption`}>Caption</Label>
        <Textarea id={`${id}-caption`} maxLength={2000} className="min-h-20!" {...text("caption")} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-tags`}>Tags</Label>
        <TagInput
          slug={item.modelSlug}
          id={`${id}-tags`}
          tags={editor.tags}
          onChange={editor.changeTags}
          describedBy={`${id}-tags-hint`}
        />
        <p id={`${id}-tags-hint`} className="text-[13px] text-zinc-500">
          Enter or comma adds a tag. Tags are saved at once.
        </p>
      </div>
      <div className="space-y-1.5">
        <p id={`${id}-categories`} className="text-sm font-medium text-zinc-800">
          Categories
        </p>
        <CategoryPicker
          slug={item.modelSlug}
          labelId={`${id}-categories`}
          value={editor.categories}
          onChange={editor.changeCategories}
          canEdit
        />
      </div>
      <p className="hidden text-xs text-zinc-500 sm:block">
        Text saves when you leave a field, or with <kbd className="font-sans">Ctrl</kbd>+
        <kbd className="font-sans">Enter</kbd> (<kbd className="font-sans">⌘</kbd>+
        <kbd className="font-sans">Enter</kbd> on a Mac).
      </p>
    </section>
  );
}

/** The same fields for viewers: what is there, nothing to change. */
function ReadOnlyFields({ item }: { item: MediaJson }) {
  const id = useId();
  const empty = <span className="font-normal text-zinc-500">—</span>;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <Heading>
        <span id={id}>Description</span>
      </Heading>
      <Details
        rows={[
          ["Title", item.title || empty],
          ["Alt text", item.altText || empty],
          ["Caption", item.caption || empty],
          [
            "Tags",
            item.tags.length ? (
              <span className="inline-flex flex-wrap justify-end gap-1">
                {item.tags.map((tag) => (
                  <span key={tag} className="rounded-md bg-zinc-100 px-2 py-0.5 text-xs">
                    {tag}
                  </span>
                ))}
              </span>
            ) : (
              empty
            ),
          ],
          [
            "Categories",
            item.categories.length ? (
              <span className="inline-flex flex-wrap justify-end gap-1">
                {item.categories.map((category) => (
                  <CategoryChip key={category.id} category={category} />
                ))}
              </span>
            ) : (
              empty
            ),
          ],
        ]}
      />
      {!item.altText.trim() && <AltTextWarning id={`${id}-alt-warning`} />}
    </section>
  );
}

function FileFacts({ item }: { item: MediaJson }) {
  const meta = item.metadata ?? null;
  const gps = meta?.gps ?? null;
  const rows = (
    [
      ["Dimensions", item.width && item.height ? `${item.width} × ${item.height}` : "—"],
      ["File size", formatBytes(item.bytes)],
      ["Type", item.mime],
      ["Camera", meta?.camera ?? null],
      ["Lens", meta?.lens ?? null],
      ["Exposure", meta?.exposure ?? null],
      ["Taken", formatDate(item.takenAt)],
      [
        "GPS",
        gps ? (
          <a
            key="gps"
            href={`https://www.openstreetmap.org/?mlat=${gps.latitude}&mlon=${gps.longitude}#map=16/${gps.latitude}/${gps.longitude}`}
            target="_blank"
            rel="noreferrer"
            className="underline decoration-zinc-300 underline-offset-2 hover:decoration-zinc-600"
          >
            {gps.latitude.toFixed(5)}, {gps.longitude.toFixed(5)}
          </a>
        ) : null,
      ],
      ["Uploaded", formatDate(item.createdAt)],
      ["Uploaded by", item.uploadedBy?.name ?? null],
      ["Variants", item.variants.length ? `${item.variants.length} files` : "Not yet"],
      [
        "SHA-256",
        <span key="sha" className="font-mono text-xs" title={item.sha256}>
          {item.sha256.slice(0, 12)}…
        </span>,
      ],
    ] as [string, ReactNode][]
  ).filter(([, value]) => value !== null && value !== undefined);
  return (
    <section aria-label="File">
      <Heading>
        File <span className="font-normal normal-case">(camera, time and place: staff only)</span>
      </Heading>
      <Details rows={rows} />
    </section>
  );
}

function Sections({ item }: { item: MediaJson }) {
  const id = useId();
  const sections = item.sections;
  return (
    <section aria-labelledby={id}>
      <Heading>
        <span id={id}>In gallery sections</span>
      </Heading>
      {sections.length ? (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {sections.map((section) => (
            <li key={section.id}>
              <Link
                href={`/admin/galleries/${encodeURIComponent(item.modelSlug)}/${encodeURIComponent(section.slug)}`}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-zinc-500">In no section yet.</p>
      )}
    </section>
  );
}

/**
 * One photo's details, as a drawer on the right (a full-screen sheet on phones): a large preview,
 * its description (editable by writers, saved as they work), the file's facts, moderation history,
 * sections, views and similar photos; writers move it to the trash from here, with an undo.
 */
export function MediaDetailsDialog({
  item,
  loading,
  error,
  onClose,
  onChanged,
  canEdit = false,
}: {
  item: MediaJson | null;
  loading: boolean;
  error: string | null;
  onClose: () => void;
  /** Each saved change, and the trash and its undo (`deletedAt` set, then cleared). */
  onChanged?: (item: MediaJson) => void;
  /** Writers (owners, admins, editors) edit and trash; viewers see everything read-only. */
  canEdit?: boolean;
}) {
  const open = item !== null || loading || error !== null;
  const media = item;
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const itemHref = useCallback(
    (id: string) => {
      // Keeps the library's filters in the address; only the open photo changes.
      const params = new URLSearchParams(searchParams.toString());
      params.set("item", id);
      return `${pathname}?${params.toString()}`;
    },
    [pathname, searchParams],
  );
  const [trashing, setTrashing] = useState(false);
  const changed = useCallback((next: MediaJson) => onChanged?.(next), [onChanged]);

  async function moveToTrash(target: MediaJson) {
    setTrashing(true);
    try {
      const trashed = await trashMedia(target.modelSlug, target.id);
      changed(trashed);
      onClose();
      toast.success(`Moved ${target.filename} to the trash`, {
        action: {
          label: "Undo",
          onClick: () => {
            restoreMedia(target.modelSlug, target.id).then(
              (restored) => {
                changed(restored);
                toast.success(`${target.filename} is back in the library`);
              },
              (err: unknown) =>
                toast.error(`${target.filename} could not be restored`, {
                  description: err instanceof Error ? err.message : undefined,
                }),
            );
          },
        },
      });
    } catch (err) {
      toast.error(`${target.filename} was not moved to the trash`, {
        description: err instanceof Error ? err.message : undefined,
      });
    } finally {
      setTrashing(false);
    }
  }

  const largest = media?.variants.filter((v) => v.format === "JPEG").sort((a, b) => b.width - a.width)[0];

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        <span className="block truncate pr-2">{media?.filename ?? (loading ? "Loading…" : "Photo")}</span>
      }
      description={media ? `Uploaded ${formatDate(media.createdAt)}` : undefined}
      className="m-0! ml-auto! h-dvh! max-h-none! w-full! max-w-none! rounded-none! sm:max-w-2xl! sm:rounded-l-2xl!"
    >
      {error && <Alert>{error}</Alert>}
      {loading && !media && (
        <div className="flex items-center justify-center py-16 text-zinc-500">
          <LoaderCircle className="size-6 motion-safe:animate-spin" aria-hidden />
          <span className="sr-only">Loading the photo</span>
        </div>
      )}
      {media && (
        <div className="space-y-8">
          <div className="space-y-3">
            <div className="flex justify-center rounded-lg bg-zinc-100 ring-1 ring-zinc-950/5">
              <MediaPicture
                item={media}
                use="display"
                sizes="(min-width: 640px) 620px, 100vw"
                loading="eager"
                className="max-h-[55dvh] w-full"
                imgClassName="object-contain"
                alt={media.altText || media.filename}
                key={media.id}
              />
            </div>
            <div className="flex flex-wrap gap-1.5">
              <StatusBadge status={media.status} />
              <ModerationBadge status={media.moderationStatus} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <a
                href={originalUrl(media.modelSlug, media.id)}
                download={media.filename}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                <Download aria-hidden /> Download original
              </a>
              {largest && (
                <a
                  href={largest.url}
                  target="_blank"
                  rel="noreferrer"
                  className={buttonClasses({ variant: "ghost", size: "sm" })}
                >
                  <ExternalLink aria-hidden /> Largest public size
                </a>
              )}
              {canEdit && (
                <Button
                  variant="secondary"
                  size="sm"
                  pending={trashing}
                  onClick={() => void moveToTrash(media)}
                  className="ml-auto text-red-700 hover:text-red-800"
                >
                  <Trash2 aria-hidden /> Move to trash
                </Button>
              )}
            </div>
            {media.status === "FAILED" && (
              <Alert>{media.failureReason || "Processing failed after several attempts."}</Alert>
            )}
          </div>

          {canEdit ? (
            <EditableFields key={media.id} item={media} onChanged={changed} />
          ) : (
            <ReadOnlyFields item={media} />
          )}
          <Sections item={media} />
          <SimilarPhotos slug={media.modelSlug} mediaId={media.id} itemHref={itemHref} />
          <FileFacts item={media} />
          <MediaViews slug={media.modelSlug} mediaId={media.id} />
          <MediaModerationHistory slug={media.modelSlug} mediaId={media.id} status={media.moderationStatus} />
        </div>
      )}
    </Dialog>
  );
}
