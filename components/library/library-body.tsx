"use client";

import type { Table } from "@tanstack/react-table";
import { Images, LoaderCircle, SearchX, Trash2 } from "lucide-react";
import type { KeyboardEvent, RefObject } from "react";
import { countPhotos } from "@/components/media/format-bytes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { MediaSort } from "@/lib/media/library/media-query";
import { LibraryGrid } from "./library-grid";
import { LibraryList } from "./library-list";
import type { LibraryQuery } from "@/lib/media/library/library-url";
import type { LibraryAbilities, LibraryItem, LibraryScope, LibraryView } from "./workspace-types";
import type { RowsHandle } from "./library-view-props";
import type { LibraryPages } from "./use-library-pages";
import type { LibrarySelection } from "./use-library-selection";

function Skeleton({ mode }: { mode: LibraryView["mode"] }) {
  if (mode === "list") {
    return (
      <div aria-hidden className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-4">
            <div className="size-11 rounded-md bg-zinc-100 motion-safe:animate-pulse" />
            <div className="h-3 flex-1 rounded bg-zinc-100 motion-safe:animate-pulse" />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div aria-hidden className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-5">
      {Array.from({ length: 10 }, (_, i) => (
        <div key={i} className="space-y-2">
          <div className="aspect-square rounded-xl bg-zinc-100 motion-safe:animate-pulse" />
          <div className="h-3 w-2/3 rounded bg-zinc-100 motion-safe:animate-pulse" />
        </div>
      ))}
    </div>
  );
}

/** The photos, or why there are none: loading, an error to retry, an empty library, trash or search. */
export function LibraryBody({
  scope,
  abilities,
  pages,
  selection,
  view,
  table,
  query,
  trash,
  filtered,
  canSelectAllMatching,
  focusIndex,
  rowsRef,
  onToggle,
  onOpen,
  onKeyDown,
  onNearEnd,
  onSort,
  onClearFilters,
  itemHref,
}: {
  scope: LibraryScope;
  abilities: LibraryAbilities;
  pages: LibraryPages;
  selection: LibrarySelection;
  view: LibraryView;
  table: Table<LibraryItem>;
  query: LibraryQuery;
  trash: boolean;
  filtered: boolean;
  canSelectAllMatching: boolean;
  focusIndex: number;
  rowsRef: RefObject<RowsHandle | null>;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (item: LibraryItem) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onNearEnd: () => void;
  onSort: (sort: MediaSort) => void;
  onClearFilters: () => void;
  itemHref: (id: string) => string;
}) {
  const { items, total, status } = pages;

  if (!items.length) {
    if (status === "loading") {
      return (
        <div role="status" aria-label="Loading the photos">
          <Skeleton mode={view.mode} />
        </div>
      );
    }
    if (status === "error") {
      return (
        <Alert>
          <p>{pages.error}</p>
          <Button variant="secondary" size="sm" className="mt-3" onClick={pages.reload}>
            Try again
          </Button>
        </Alert>
      );
    }
    if (filtered) {
      return (
        <EmptyState
          icon={SearchX}
          title={trash ? "Nothing in the trash matches" : "No photos match"}
          description="Try other words or fewer filters."
          action={
            <Button variant="secondary" onClick={onClearFilters}>
              Clear the filters
            </Button>
          }
        />
      );
    }
    if (trash) {
      return (
        <EmptyState
          icon={Trash2}
          title="The trash is empty"
          description="Photos moved to the trash wait here, off the public pages, until they are restored or purged."
        />
      );
    }
    return (
      <EmptyState
        icon={Images}
        title="No photos yet"
        description={
          scope.kind === "all"
            ? "Photos uploaded to the models you work on appear here."
            : abilities.canWrite
              ? "Photos you upload appear here while they are processed, then with their moderation state."
              : "Nothing has been uploaded for this model yet. Editors and admins can upload photos here."
        }
      />
    );
  }

  const allLoaded = !selection.allMatching && selection.count > 0 && selection.count === items.length;
  const viewProps = {
    items,
    total,
    selection,
    focusIndex,
    onToggle,
    onOpen,
    onKeyDown,
    onNearEnd,
    rowsRef,
    itemHref,
  };

  return (
    <section aria-label={trash ? "Trash" : "Photos"}>
      <p id="library-keys" className="sr-only">
        Arrow keys move between photos, Space selects one, Shift with a click or an arrow selects a range, A
        selects every loaded photo, Escape clears the selection and Enter opens a photo.
      </p>
      <div className="mb-3 flex min-h-8 flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2 font-medium text-zinc-700">
          <input
            type="checkbox"
            className="accent-brand-600 size-4"
            checked={selection.allMatching || allLoaded}
            ref={(box) => {
              if (box) box.indeterminate = !selection.allMatching && selection.count > 0 && !allLoaded;
            }}
            onChange={(e) => (e.target.checked ? selection.selectLoaded() : selection.clear())}
          />
          Select all
        </label>
        {allLoaded && total > items.length && (
          <span className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-1 text-sky-900 ring-1 ring-sky-200">
            All {countPhotos(items.length)} loaded are selected.
            {canSelectAllMatching ? (
              <button
                type="button"
                onClick={selection.selectAllMatching}
                className="font-semibold underline underline-offset-2"
              >
                Select all {total.toLocaleString("en")} matching
              </button>
            ) : (
              <span>Choose a model to select all matching.</span>
            )}
          </span>
        )}
        {selection.allMatching && (
          <span className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-1 text-sky-900 ring-1 ring-sky-200">
            All {countPhotos(total)} matching are selected.
            <button
              type="button"
              onClick={selection.clear}
              className="font-semibold underline underline-offset-2"
            >
              Clear the selection
            </button>
          </span>
        )}
      </div>

      {view.mode === "grid" ? (
        <LibraryGrid {...viewProps} />
      ) : (
        <LibraryList {...viewProps} table={table} sort={query.sort} order={query.order} onSort={onSort} />
      )}

      <div className="flex min-h-14 items-center justify-center py-4 text-sm text-zinc-500">
        {pages.loadingMore ? (
          <span className="inline-flex items-center gap-2">
            <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden /> Loading more photos…
          </span>
        ) : pages.error ? (
          <span className="inline-flex items-center gap-3 text-red-700">
            {pages.error}
            <Button variant="secondary" size="sm" onClick={onNearEnd}>
              Try again
            </Button>
          </span>
        ) : pages.nextCursor ? (
          <Button variant="ghost" size="sm" onClick={onNearEnd}>
            Load more
          </Button>
        ) : items.length > 40 ? (
          `That is all: ${countPhotos(total)}.`
        ) : null}
      </div>
    </section>
  );
}
