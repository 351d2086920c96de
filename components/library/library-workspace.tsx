"use client";

import { getCoreRowModel, useReactTable, type VisibilityState } from "@tanstack/react-table";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { toast } from "sonner";
import { countPhotos } from "@/components/media/format-bytes";
import { fetchMedia } from "@/components/media/media-api";
import { MediaDetailsDialog } from "@/components/media/media-details-dialog";
import { CategoriesDialog } from "./categories/categories-dialog";
import type { MediaJson } from "@/components/media/media-types";
import type { MediaSort } from "@/lib/media/library/media-query";
import { BulkActionBar } from "./bulk-action-bar";
import { BulkProgress } from "./bulk-progress";
import { LibraryBody } from "./library-body";
import { libraryColumns } from "./library-columns";
import { LibraryHeader } from "./library-header";
import { type BulkAction, type BulkRequest } from "./workspace-api";
import {
  activeFilterKeys,
  apiQueryString,
  bulkFilter,
  clearedFilter,
  libraryHref,
  PAGE_SIZE,
  readLibraryQuery,
  type FilterValues,
  type LibraryQuery,
} from "@/lib/media/library/library-url";
import { listUrl } from "./workspace-api";
import type { LibraryAbilities, LibraryItem, LibraryScope, LibraryView } from "./workspace-types";
import type { RowsHandle } from "./library-view-props";
import { LibraryUploads } from "./library-uploads";
import { useBulkJob, type BulkOutcome } from "./use-bulk-job";
import { useLibraryPages, type InitialPage } from "./use-library-pages";
import { useLibrarySelection } from "./use-library-selection";
import { useLibraryView } from "./use-library-view";
import { useModelOptions } from "./use-model-options";
import { useProcessingPoll } from "./use-processing-poll";

/** "Moving 12 photos to the trash", "Moved 12 photos to the trash", per action. */
const ACTION_WORDS: Record<BulkAction, [running: string, done: string]> = {
  trash: ["Moving {n} to the trash", "Moved {n} to the trash"],
  restore: ["Restoring {n}", "Restored {n}"],
  delete: ["Deleting {n} forever", "Deleted {n} forever"],
  approve: ["Approving {n}", "Approved {n}"],
  reject: ["Rejecting {n}", "Rejected {n}"],
  addCategories: ["Adding {n} to categories", "Added {n} to categories"],
  removeCategories: ["Removing {n} from categories", "Removed {n} from categories"],
  addTags: ["Tagging {n}", "Tagged {n}"],
  removeTags: ["Removing tags from {n}", "Removed tags from {n}"],
  addToSection: ["Adding {n} to the section", "Added {n} to the section"],
  reprocess: ["Re-processing {n}", "Queued {n} for re-processing"],
};
const words = (action: BulkAction, which: 0 | 1, count: number) =>
  ACTION_WORDS[action][which].replace("{n}", countPhotos(count));

/** Names read A to Z; dates, sizes and views biggest first. */
const defaultOrder = (sort: MediaSort) => (sort === "filename" ? "asc" : "desc");

/** Photos leave the list they are in after these (the trash or the library). */
const MOVES: readonly BulkAction[] = ["trash", "restore", "delete"];

export interface LibraryWorkspaceProps {
  scope: LibraryScope;
  abilities: LibraryAbilities;
  /** The saved view (or the default), read on the server so the first paint is already right. */
  initialView: LibraryView;
  /** The first page for the address the server rendered. */
  initialPage: InitialPage | null;
  /** Days a photo stays in the trash before it is purged. */
  retentionDays: number;
  /** The upload zone's limits (a model's library, for writers). */
  upload?: { maxFileSize: number; typesLabel: string };
}

/**
 * The library: search and filters kept in the address, a grid or a list of every matching photo
 * (virtualised, paged by cursor as one scrolls), selection by click, range and keyboard, bulk
 * actions run as jobs with progress, and the trash.
 */
export function LibraryWorkspace({
  scope,
  abilities,
  initialView,
  initialPage,
  retentionDays,
  upload,
}: LibraryWorkspaceProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [view, updateView] = useLibraryView(initialView);
  const query = useMemo(
    () =>
      readLibraryQuery(new URLSearchParams(searchParams.toString()), view, {
        allModels: scope.kind === "all",
      }),
    [searchParams, view, scope.kind],
  );
  const key = apiQueryString(query, PAGE_SIZE);
  const modelSlug = scope.kind === "model" ? scope.slug : (query.filter.model ?? null);
  const pages = useLibraryPages(listUrl(scope.kind === "model" ? scope.slug : null), key, initialPage);
  const selection = useLibrarySelection(key, pages.items, pages.total);
  const bulk = useBulkJob();
  const [optionsVersion, setOptionsVersion] = useState(0);
  const refreshOptions = useCallback(() => setOptionsVersion((n) => n + 1), []);
  const options = useModelOptions(modelSlug, optionsVersion);
  const trash = query.filter.deleted === "1";
  const filtered = activeFilterKeys(query.filter).length > 0 || Boolean(query.filter.model);
  useProcessingPoll(pages.items, pages.patch);

  // --- the address ---------------------------------------------------------------------------
  const navigate = useCallback(
    (next: LibraryQuery) => {
      const href = libraryHref(pathname, new URLSearchParams(window.location.search), next);
      // Next.js keeps useSearchParams in step with the native history API: no server round trip.
      window.history.pushState(null, "", href);
    },
    [pathname],
  );
  const setFilter = useCallback(
    (patch: FilterValues) => {
      const filter = { ...query.filter, ...patch };
      for (const k of Object.keys(filter) as (keyof FilterValues)[]) if (!filter[k]) delete filter[k];
      navigate({ ...query, filter });
    },
    [navigate, query],
  );
  const onSearch = useCallback((q: string) => setFilter({ q: q || undefined }), [setFilter]);
  const clearFilters = useCallback(
    () => navigate({ ...query, filter: clearedFilter(query.filter) }),
    [navigate, query],
  );
  const setSort = useCallback(
    (sort: MediaSort, order?: LibraryQuery["order"]) => {
      // The same column again turns the order around; another starts where it reads best.
      const nextOrder =
        order ?? (sort === query.sort ? (query.order === "asc" ? "desc" : "asc") : defaultOrder(sort));
      navigate({ ...query, sort, order: nextOrder });
      updateView({ sort, order: nextOrder });
    },
    [navigate, query, updateView],
  );
  const showTrash = useCallback(
    (on: boolean) => navigate({ ...query, filter: { ...query.filter, deleted: on ? "1" : undefined } }),
    [navigate, query],
  );

  // --- the table (columns, visibility) ------------------------------------------------------
  const columns = useMemo(() => libraryColumns({ showModel: scope.kind === "all" }), [scope.kind]);
  const columnVisibility = view.columns as VisibilityState;
  // No React Compiler in this app; the table is rebuilt with the workspace on each render anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: pages.items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (item) => item.id,
    manualSorting: true,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      updateView({ columns: next });
    },
  });

  // --- details (?item=) -----------------------------------------------------------------------
  const openId = searchParams.get("item");
  const byId = useMemo(() => new Map(pages.items.map((item) => [item.id, item])), [pages.items]);
  const lookup = useCallback((id: string) => byId.get(id), [byId]);
  const itemHref = useCallback(
    (id: string) => {
      const params = new URLSearchParams(searchParams.toString());
      params.set("item", id);
      return `${pathname}?${params}`;
    },
    [pathname, searchParams],
  );
  const openItem = useCallback(
    (item: LibraryItem) => window.history.pushState(null, "", itemHref(item.id)),
    [itemHref],
  );
  const closeParam = useCallback(
    (name: string) => {
      const params = new URLSearchParams(window.location.search);
      params.delete(name);
      window.history.replaceState(null, "", params.size ? `${pathname}?${params}` : pathname);
    },
    [pathname],
  );
  const closeItem = useCallback(() => closeParam("item"), [closeParam]);
  const categoriesOpen = searchParams.get("categories") === "1";
  const known = openId ? byId.get(openId) : undefined;
  const [fetched, setFetched] = useState<{ id: string; item: MediaJson | null; error: string | null } | null>(
    null,
  );
  useEffect(() => {
    if (!openId || known || !modelSlug) return;
    const controller = new AbortController();
    fetchMedia(modelSlug, openId, controller.signal).then(
      (item) => setFetched({ id: openId, item, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setFetched({
            id: openId,
            item: null,
            error: error instanceof Error ? error.message : "Not found.",
          });
      },
    );
    return () => controller.abort();
  }, [modelSlug, openId, known]);
  const remote = fetched && fetched.id === openId ? fetched : null;
  const detailsItem = openId ? (known ?? remote?.item ?? null) : null;
  // Across models, a photo that is not loaded can only be fetched once its model is known.
  const detailsError =
    openId && !detailsItem
      ? (remote?.error ??
        (modelSlug ? null : "This photo is not in the list. Open it from its model's library."))
      : null;
  // An edit updates the row; a trash from the panel takes the photo out of the library (and its Undo puts
  // it back, which needs the list again: where it belongs depends on the sort).
  const onChanged = useCallback(
    (item: MediaJson) => {
      if (Boolean(item.deletedAt) !== trash) pages.patch([], [item.id]);
      else if (byId.has(item.id)) pages.patch([item]);
      else pages.reload();
    },
    [pages, trash, byId],
  );

  // --- keyboard -------------------------------------------------------------------------------
  const rowsRef = useRef<RowsHandle | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const focusWanted = useRef(false);
  useEffect(() => {
    if (!focusWanted.current) return;
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const box = document.querySelector<HTMLInputElement>(`[data-select-index="${focusIndex}"]`);
      if (box) {
        focusWanted.current = false;
        box.focus();
      } else if (tries++ < 10) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [focusIndex]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const holder = (event.target as HTMLElement).closest("[data-index]");
      if (!holder || event.altKey) return;
      const index = Number(holder.getAttribute("data-index"));
      const columnsPerRow = rowsRef.current?.columns ?? 1;
      const last = pages.items.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowLeft: index - 1,
        ArrowDown: index + columnsPerRow,
        ArrowUp: index - columnsPerRow,
        Home: 0,
        End: last,
      };
      if (event.key in moves && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        const next = Math.max(0, Math.min(last, moves[event.key]!));
        if (event.shiftKey && next !== index) selection.toggle(next, true);
        focusWanted.current = true;
        rowsRef.current?.scrollToIndex(next);
        setFocusIndex(next);
        if (next === index) focusWanted.current = false;
        return;
      }
      if (event.key === "a" && !event.shiftKey) {
        event.preventDefault();
        selection.selectLoaded();
      } else if (event.key === "Escape" && selection.count > 0) {
        event.preventDefault();
        selection.clear();
      } else if (event.key === "Enter") {
        event.preventDefault();
        const item = pages.items[index];
        if (item) openItem(item);
      }
    },
    [pages.items, selection, openItem],
  );
  const onToggle = useCallback(
    (index: number, range: boolean) => {
      setFocusIndex(index);
      selection.toggle(index, range);
    },
    [selection],
  );
  const { loadMore } = pages;
  const onNearEnd = useCallback(() => void loadMore(), [loadMore]);

  // --- bulk -----------------------------------------------------------------------------------
  const selectedItems = useMemo(
    () => (selection.allMatching ? [] : pages.items.filter((item) => selection.ids.has(item.id))),
    [pages.items, selection.allMatching, selection.ids],
  );
  const canSelectAllMatching = scope.kind === "model" || Boolean(query.filter.model);

  const runBulk = useCallback(
    async (
      action: BulkAction,
      args: Omit<BulkRequest, "action" | "ids" | "filter"> = {},
      only?: LibraryItem[],
    ) => {
      const chosen = only ?? selectedItems;
      const byFilter = !only && selection.allMatching;
      const count = byFilter ? selection.count : chosen.length;
      let requests: { slug: string; body: BulkRequest }[];
      if (byFilter) {
        if (!modelSlug) return;
        requests = [{ slug: modelSlug, body: { action, filter: bulkFilter(query.filter), ...args } }];
      } else {
        const groups = new Map<string, string[]>();
        for (const item of chosen)
          groups.set(item.modelSlug, [...(groups.get(item.modelSlug) ?? []), item.id]);
        requests = [...groups].map(([slug, ids]) => ({ slug, body: { action, ids, ...args } }));
      }
      if (!requests.length) return;
      let outcome: BulkOutcome;
      try {
        outcome = await bulk.start(words(action, 0, count), requests);
      } catch (error) {
        toast.error("That did not work", { description: error instanceof Error ? error.message : undefined });
        return;
      }
      if (!only) selection.clear();
      const changed = outcome.done;
      const summary = outcome.cancelled
        ? `Cancelled after ${countPhotos(changed)}`
        : words(action, 1, changed);
      const description = outcome.failed
        ? `${countPhotos(outcome.failed)} could not be changed${outcome.errors[0] ? `: ${outcome.errors[0].message}` : "."}`
        : undefined;
      // Photos that left this list go at once; anything else (an undo brings photos back) reloads it.
      if (MOVES.includes(action) && !byFilter && !only)
        pages.patch(
          [],
          chosen.map((item) => item.id),
        );
      else pages.reload();
      if (action === "trash" && !byFilter && changed > 0) {
        toast.success(summary, {
          description,
          duration: 10_000,
          action: { label: "Undo", onClick: () => void runBulk("restore", {}, chosen) },
        });
      } else if (outcome.failed || outcome.cancelled) {
        toast.warning(summary, { description });
      } else {
        toast.success(summary);
      }
    },
    [bulk, modelSlug, pages, query.filter, selectedItems, selection],
  );

  const downloadHref = useCallback(
    (variant: "original" | "public") => {
      if (!modelSlug) return null;
      const base = `/api/models/${encodeURIComponent(modelSlug)}/media/download`;
      if (selection.allMatching) {
        const params = new URLSearchParams(bulkFilter(query.filter));
        params.set("variant", variant);
        return `${base}?${params}`;
      }
      // A few hundred ids fit an address; more go by "select all matching".
      if (!selectedItems.length || selectedItems.length > 300) return null;
      if (selectedItems.some((item) => item.modelSlug !== modelSlug)) return null;
      return `${base}?ids=${selectedItems.map((item) => item.id).join(",")}&variant=${variant}`;
    },
    [modelSlug, query.filter, selectedItems, selection.allMatching],
  );

  // --- render ---------------------------------------------------------------------------------
  const announcement = selection.allMatching
    ? `All ${selection.count.toLocaleString("en")} matching photos selected.`
    : selection.count
      ? `${countPhotos(selection.count)} selected.`
      : "";
  const onCreated = useCallback(
    (item: MediaJson) => {
      if (!trash) pages.prepend([item]);
    },
    [pages, trash],
  );

  return (
    <div className={selection.count > 0 || bulk.run ? "pb-28" : undefined}>
      {upload && scope.kind === "model" && abilities.canWrite && !trash && (
        <LibraryUploads
          slug={scope.slug}
          maxFileSize={upload.maxFileSize}
          typesLabel={upload.typesLabel}
          compact={pages.total > 0}
          onCreated={onCreated}
          lookup={lookup}
          itemHref={itemHref}
        />
      )}

      <LibraryHeader
        scope={scope}
        abilities={abilities}
        query={query}
        view={view}
        table={table}
        options={options}
        trash={trash}
        filtered={filtered}
        total={pages.total}
        status={pages.status}
        retentionDays={retentionDays}
        onSearch={onSearch}
        onFilter={setFilter}
        onClear={clearFilters}
        onSort={setSort}
        onMode={(mode) => updateView({ mode })}
        onTrash={showTrash}
      />

      <LibraryBody
        scope={scope}
        abilities={abilities}
        pages={pages}
        selection={selection}
        view={view}
        table={table}
        query={query}
        trash={trash}
        filtered={filtered}
        canSelectAllMatching={canSelectAllMatching}
        focusIndex={focusIndex}
        rowsRef={rowsRef}
        onToggle={onToggle}
        onOpen={openItem}
        onKeyDown={onKeyDown}
        onNearEnd={onNearEnd}
        onSort={setSort}
        onClearFilters={clearFilters}
        itemHref={itemHref}
      />

      {bulk.run ? (
        <BulkProgress run={bulk.run} onCancel={() => void bulk.cancel()} />
      ) : (
        selection.count > 0 && (
          <BulkActionBar
            count={selection.count}
            trash={trash}
            abilities={abilities}
            options={options}
            busy={bulk.busy}
            downloadHref={downloadHref}
            onRun={(action, args) => void runBulk(action, args)}
            onClear={selection.clear}
          />
        )
      )}

      <MediaDetailsDialog
        item={detailsItem}
        loading={Boolean(openId && !detailsItem && !detailsError)}
        error={detailsError}
        onClose={closeItem}
        onChanged={onChanged}
        canEdit={abilities.canWrite}
      />

      {modelSlug && (
        <CategoriesDialog
          slug={modelSlug}
          open={categoriesOpen}
          onOpenChange={(open) => {
            if (!open) closeParam("categories");
          }}
          canEdit={abilities.canWrite}
          onCategoriesChange={refreshOptions}
        />
      )}

      <p role="status" aria-live="polite" data-testid="selection-status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
