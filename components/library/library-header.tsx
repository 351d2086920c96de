"use client";

import type { Table } from "@tanstack/react-table";
import {
  ArrowDownWideNarrow,
  ArrowUpNarrowWide,
  Copy,
  Images,
  LayoutGrid,
  List,
  SlidersHorizontal,
  Tags,
  Trash2,
  X,
} from "lucide-react";
import Link from "next/link";
import { useId, useState, useSyncExternalStore } from "react";
import { countPhotos } from "@/components/media/format-bytes";
import { MODERATION_LABELS, STATUS_LABELS } from "@/components/media/media-badges";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import { MEDIA_SORTS, type MediaSort } from "@/lib/media/library/media-query";
import { ColumnsMenu } from "./columns-menu";
import type { ModelOptions } from "./workspace-api";
import { GPS_LABELS, LibraryFilters, ORIENTATION_LABELS } from "./library-filters";
import {
  activeFilterKeys,
  type FilterKey,
  type FilterValues,
  type LibraryQuery,
} from "@/lib/media/library/library-url";
import type {
  LibraryAbilities,
  LibraryItem,
  LibraryMode,
  LibraryScope,
  LibraryView,
} from "./workspace-types";
import { SearchBox } from "./search-box";

const SORT_LABELS: Record<MediaSort, string> = {
  createdAt: "Date uploaded",
  takenAt: "Date taken",
  filename: "File name",
  bytes: "File size",
  views: "Views",
};

const PHONE_QUERY = "(max-width: 639px)";
function subscribe(onChange: () => void) {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}
const usePhone = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );

/** One active filter in words, for its chip. */
function chipLabel(key: FilterKey, value: string, options: ModelOptions | null, scope: LibraryScope): string {
  const named = (list: { id: string; name: string }[] | undefined) =>
    list?.find((option) => option.id === value)?.name ?? "…";
  switch (key) {
    case "q":
      return `“${value}”`;
    case "status":
      return `Status: ${STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value}`;
    case "moderation":
      return `Moderation: ${MODERATION_LABELS[value as keyof typeof MODERATION_LABELS] ?? value}`;
    case "category":
      return `Category: ${named(options?.categories)}`;
    case "section":
      return `Section: ${named(options?.sections)}`;
    case "uploadedBy":
      return `Uploaded by ${named(options?.uploaders)}`;
    case "tag":
      return `Tag: ${value}`;
    case "from":
      return `From ${value.slice(0, 10)}`;
    case "to":
      return `Until ${value.slice(0, 10)}`;
    case "dateField":
      return value === "taken" ? "Dates: taken" : "Dates: uploaded";
    case "orientation":
      return ORIENTATION_LABELS[value as keyof typeof ORIENTATION_LABELS] ?? value;
    case "gps":
      return GPS_LABELS[value as keyof typeof GPS_LABELS] ?? value;
    case "duplicates":
      return "Has near-duplicates";
    case "similarTo":
      return "Similar to one photo";
    default:
      return scope.kind === "all" ? value : `${key}: ${value}`;
  }
}

/**
 * Above the photos: the library/trash switch, links to categories and duplicates, the search, the
 * filters (a sheet on phones), the order, grid or list, the columns, and the active filters as chips.
 */
export function LibraryHeader({
  scope,
  abilities,
  query,
  view,
  table,
  options,
  trash,
  filtered,
  total,
  status,
  retentionDays,
  onSearch,
  onFilter,
  onClear,
  onSort,
  onMode,
  onTrash,
}: {
  scope: LibraryScope;
  abilities: LibraryAbilities;
  query: LibraryQuery;
  view: LibraryView;
  table: Table<LibraryItem>;
  options: (ModelOptions & { tags: string[] }) | null;
  trash: boolean;
  filtered: boolean;
  total: number;
  status: "loading" | "ready" | "error";
  retentionDays: number;
  onSearch: (q: string) => void;
  onFilter: (patch: FilterValues) => void;
  onClear: () => void;
  onSort: (sort: MediaSort, order?: LibraryQuery["order"]) => void;
  onMode: (mode: LibraryMode) => void;
  onTrash: (on: boolean) => void;
}) {
  const id = useId();
  const phone = usePhone();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const active = activeFilterKeys(query.filter).filter((key) => key !== "q");
  const chips: { key: FilterKey | "model"; label: string }[] = [
    ...(query.filter.model && scope.kind === "all"
      ? [
          {
            key: "model" as const,
            label: `Model: ${scope.models.find((m) => m.slug === query.filter.model)?.displayName ?? query.filter.model}`,
          },
        ]
      : []),
    ...activeFilterKeys(query.filter).map((key) => ({
      key,
      label: chipLabel(key, query.filter[key]!, options, scope),
    })),
  ];
  const slug = scope.kind === "model" ? scope.slug : null;
  const chosenModel =
    scope.kind === "all" ? scope.models.find((m) => m.slug === query.filter.model) : undefined;
  const noun = trash ? "in the trash" : "";
  const countText =
    status === "loading" && total === 0
      ? "Loading…"
      : filtered
        ? `${total.toLocaleString("en")} ${total === 1 ? "match" : "matches"}${noun ? ` ${noun}` : ""}`
        : `${countPhotos(total)}${noun ? ` ${noun}` : ""}`;

  const filters = (
    <LibraryFilters
      scope={scope}
      filter={query.filter}
      options={options}
      tags={options?.tags ?? []}
      onChange={onFilter}
    />
  );

  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Library or trash" className="inline-flex rounded-lg bg-zinc-100 p-0.5">
          {[false, true].map((isTrash) => {
            const Icon = isTrash ? Trash2 : Images;
            return (
              <button
                key={String(isTrash)}
                type="button"
                aria-pressed={trash === isTrash}
                onClick={() => onTrash(isTrash)}
                className={cn(
                  "inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium transition-colors",
                  trash === isTrash
                    ? "bg-white text-zinc-900 shadow-xs"
                    : "text-zinc-600 hover:text-zinc-900",
                )}
              >
                <Icon className="size-4" aria-hidden />
                {isTrash ? "Trash" : "Photos"}
              </button>
            );
          })}
        </div>
        {chosenModel && (
          <Link
            href={`/admin/models/${encodeURIComponent(chosenModel.slug)}/library`}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Open the library of {chosenModel.displayName}
          </Link>
        )}
        {slug && (
          <div className="flex items-center gap-2">
            <Link
              href={`/admin/models/${encodeURIComponent(slug)}/library?categories=1`}
              scroll={false}
              className={buttonClasses({ variant: "ghost", size: "sm" })}
            >
              <Tags aria-hidden /> Categories
            </Link>
            <Link
              href={`/admin/models/${encodeURIComponent(slug)}/library/duplicates`}
              className={buttonClasses({ variant: "ghost", size: "sm" })}
            >
              <Copy aria-hidden /> Duplicates
            </Link>
          </div>
        )}
      </div>

      {trash && (
        <Alert tone="info">
          Photos in the trash are off every public page. They are deleted for good {retentionDays} days after
          they were moved here{abilities.canWrite ? "; restore them to put them back where they were." : "."}
        </Alert>
      )}

      <search className="flex flex-wrap items-center gap-2">
        <SearchBox value={query.filter.q ?? ""} onSearch={onSearch} />
        <Button
          variant="secondary"
          aria-expanded={filtersOpen}
          aria-controls={phone ? undefined : `${id}-filters`}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <SlidersHorizontal aria-hidden />
          Filters
          {active.length > 0 && (
            <span className="bg-brand-600 rounded-full px-1.5 text-xs leading-5 text-white tabular-nums">
              {active.length}
            </span>
          )}
        </Button>
        <div className="flex items-center gap-1">
          <label htmlFor={`${id}-sort`} className="sr-only">
            Sort by
          </label>
          <Select
            id={`${id}-sort`}
            compact
            className="h-9 w-auto"
            value={query.sort}
            onChange={(e) => onSort(e.target.value as MediaSort)}
          >
            {MEDIA_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </Select>
          <Button
            variant="secondary"
            className="px-2.5"
            aria-label={
              query.order === "asc"
                ? "Ascending order (switch to descending)"
                : "Descending order (switch to ascending)"
            }
            onClick={() => onSort(query.sort, query.order === "asc" ? "desc" : "asc")}
          >
            {query.order === "asc" ? <ArrowUpNarrowWide aria-hidden /> : <ArrowDownWideNarrow aria-hidden />}
          </Button>
        </div>
        <div role="group" aria-label="Show as" className="inline-flex rounded-lg bg-zinc-100 p-0.5">
          {(["grid", "list"] as const).map((mode) => {
            const Icon = mode === "grid" ? LayoutGrid : List;
            return (
              <button
                key={mode}
                type="button"
                aria-pressed={view.mode === mode}
                aria-label={mode === "grid" ? "Grid" : "List"}
                title={mode === "grid" ? "Grid" : "List"}
                onClick={() => onMode(mode)}
                className={cn(
                  "inline-flex h-8 items-center rounded-md px-2.5 transition-colors",
                  view.mode === mode
                    ? "bg-white text-zinc-900 shadow-xs"
                    : "text-zinc-500 hover:text-zinc-900",
                )}
              >
                <Icon className="size-4" aria-hidden />
              </button>
            );
          })}
        </div>
        {view.mode === "list" && <ColumnsMenu table={table} />}
      </search>

      {filtersOpen && !phone && (
        <div id={`${id}-filters`} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-xs">
          {filters}
        </div>
      )}
      {phone && (
        <Dialog
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          title="Filters"
          description={countText}
          className="max-sm:mb-0 max-sm:w-full max-sm:max-w-none max-sm:rounded-b-none"
        >
          {filters}
          <div className="mt-6 flex justify-between gap-3">
            <Button variant="secondary" onClick={onClear} disabled={!chips.length}>
              Clear all
            </Button>
            <Button onClick={() => setFiltersOpen(false)}>Show {countText}</Button>
          </div>
        </Dialog>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <p
          aria-live="polite"
          data-testid="library-count"
          className="mr-1 text-sm font-medium text-zinc-700 tabular-nums"
        >
          {countText}
        </p>
        {chips.length > 0 && (
          <>
            <ul aria-label="Active filters" className="contents">
              {chips.map((chip) => (
                <li key={chip.key}>
                  <button
                    type="button"
                    onClick={() => onFilter({ [chip.key]: undefined })}
                    className="inline-flex items-center gap-1 rounded-full bg-zinc-100 py-0.5 pr-1.5 pl-2.5 text-xs font-medium text-zinc-700 hover:bg-zinc-200"
                    aria-label={`Remove filter ${chip.label}`}
                  >
                    {chip.label}
                    <X className="size-3.5" aria-hidden />
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={onClear}
              className="rounded text-xs font-medium text-zinc-600 underline-offset-2 hover:text-zinc-900 hover:underline"
            >
              Clear all
            </button>
          </>
        )}
      </div>
    </div>
  );
}
