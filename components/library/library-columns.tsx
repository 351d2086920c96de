"use client";

import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { formatBytes } from "@/components/media/format-bytes";
import { ModerationBadge, StatusBadge } from "@/components/media/media-badges";
import { MediaPicture } from "@/components/media/media-picture";
import type { MediaSort } from "@/lib/media/library/media-query";
import type { LibraryItem } from "./workspace-types";

const column = createColumnHelper<LibraryItem>();

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatDay(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "—" : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : dateTimeFormat.format(date);
}

/** What a column shows in its header, which API sort it stands for and how wide it is. */
export interface ColumnMeta {
  label: string;
  sort?: MediaSort;
  /** Width in rem (the table is fixed-layout, so rows never jump while scrolling); the name takes the rest. */
  width: `${number}rem` | "auto";
  align?: "right";
  /** Always shown (the name). */
  fixed?: boolean;
  /** The header says it to screen readers only (the thumbnail needs no visible title). */
  hideLabel?: boolean;
}

export const meta = (def: { meta?: unknown }) => def.meta as ColumnMeta;

export const displayName = (item: LibraryItem) => item.title?.trim() || item.filename;

function Chips({ values }: { values: { id: string; name: string; color?: string }[] }) {
  if (!values.length) return <span className="text-zinc-500">—</span>;
  return (
    <span className="flex min-w-0 flex-wrap gap-1 overflow-hidden" style={{ maxHeight: "2.75rem" }}>
      {values.map((value) => (
        <span
          key={value.id}
          className="inline-flex max-w-full items-center gap-1 truncate rounded-md bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700"
        >
          {value.color && (
            <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: value.color }} />
          )}
          <span className="truncate">{value.name}</span>
        </span>
      ))}
    </span>
  );
}

/** The list's columns; the selection checkbox is drawn by the row itself (it needs the row's index). */
export function libraryColumns({ showModel }: { showModel: boolean }): ColumnDef<LibraryItem, unknown>[] {
  const columns = [
    column.display({
      id: "thumbnail",
      meta: { label: "Thumbnail", width: "4rem", hideLabel: true } satisfies ColumnMeta,
      cell: ({ row }) => (
        <MediaPicture item={row.original} className="size-11 rounded-md" sizes="44px" alt="" />
      ),
    }),
    column.accessor((item) => displayName(item), {
      id: "filename",
      meta: { label: "File", sort: "filename", width: "auto", fixed: true } satisfies ColumnMeta,
      cell: ({ row }) => {
        const item = row.original;
        const title = item.title?.trim();
        return (
          <span className="block min-w-0">
            <span className="block truncate font-medium text-zinc-900" title={item.filename}>
              {title || item.filename}
            </span>
            {title && <span className="block truncate text-xs text-zinc-500">{item.filename}</span>}
          </span>
        );
      },
    }),
    ...(showModel
      ? [
          column.accessor("modelSlug", {
            id: "model",
            meta: { label: "Model", width: "8rem" } satisfies ColumnMeta,
            cell: ({ getValue }) => <span className="truncate font-mono text-xs">{String(getValue())}</span>,
          }),
        ]
      : []),
    column.accessor("status", {
      id: "status",
      meta: { label: "Status", width: "6.5rem" } satisfies ColumnMeta,
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    }),
    column.accessor("moderationStatus", {
      id: "moderation",
      meta: { label: "Moderation", width: "8rem" } satisfies ColumnMeta,
      cell: ({ row }) => <ModerationBadge status={row.original.moderationStatus} />,
    }),
    column.display({
      id: "categories",
      meta: { label: "Categories", width: "8.5rem" } satisfies ColumnMeta,
      cell: ({ row }) => <Chips values={row.original.categories ?? []} />,
    }),
    column.display({
      id: "sections",
      meta: { label: "Sections", width: "9rem" } satisfies ColumnMeta,
      cell: ({ row }) => (
        <Chips values={(row.original.sections ?? []).map((s) => ({ id: s.id, name: s.title }))} />
      ),
    }),
    column.display({
      id: "dimensions",
      meta: { label: "Dimensions", width: "7rem", align: "right" } satisfies ColumnMeta,
      cell: ({ row }) =>
        row.original.width && row.original.height ? `${row.original.width} × ${row.original.height}` : "—",
    }),
    column.accessor("bytes", {
      id: "bytes",
      meta: { label: "Size", sort: "bytes", width: "5rem", align: "right" } satisfies ColumnMeta,
      cell: ({ row }) => formatBytes(row.original.bytes),
    }),
    column.display({
      id: "uploadedBy",
      meta: { label: "Uploaded by", width: "8rem" } satisfies ColumnMeta,
      cell: ({ row }) => row.original.uploadedBy?.name ?? <span className="text-zinc-500">—</span>,
    }),
    column.accessor("createdAt", {
      id: "createdAt",
      meta: { label: "Uploaded", sort: "createdAt", width: "7rem" } satisfies ColumnMeta,
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt} title={formatDateTime(row.original.createdAt)}>
          {formatDay(row.original.createdAt)}
        </time>
      ),
    }),
    column.display({
      id: "takenAt",
      meta: { label: "Taken", sort: "takenAt", width: "7rem" } satisfies ColumnMeta,
      cell: ({ row }) => formatDay(row.original.takenAt),
    }),
    column.display({
      id: "views",
      meta: { label: "Views", sort: "views", width: "5.5rem", align: "right" } satisfies ColumnMeta,
      cell: ({ row }) => (row.original.viewCount ?? 0).toLocaleString("en"),
    }),
  ];
  return columns as ColumnDef<LibraryItem, unknown>[];
}
