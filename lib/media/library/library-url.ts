import {
  filterToSearchParams,
  MEDIA_SORTS,
  mediaFilterShape,
  type MediaFilter,
  type MediaSort,
} from "./media-query";
import type { LibraryViewPreference } from "./library-view";

type LibraryView = LibraryViewPreference;
type SortOrder = LibraryView["order"];

export type FilterKey = keyof MediaFilter;
/** The filter as the address holds it: text values, absent when not set. `model` only across models. */
export type FilterValues = Partial<Record<FilterKey | "model", string>>;

/** Photos per page: a few screens of cards, one query each. */
export const PAGE_SIZE = 100;

export const FILTER_KEYS = Object.keys(mediaFilterShape) as FilterKey[];
const KEYS = new Set<string>([...FILTER_KEYS, "model"]);

/** What the library shows: the filter, then the order (from the address, else the saved view). */
export interface LibraryQuery {
  filter: FilterValues;
  sort: MediaSort;
  order: SortOrder;
}

const isSort = (value: string | null): value is MediaSort =>
  value !== null && (MEDIA_SORTS as readonly string[]).includes(value);

/** Reads the library's part of an address; unknown keys (`item`, …) belong to others and are left alone. */
export function readLibraryQuery(
  params: URLSearchParams,
  view: Pick<LibraryView, "sort" | "order">,
  { allModels }: { allModels: boolean },
) {
  const filter: FilterValues = {};
  for (const [key, value] of params) {
    if (KEYS.has(key) && value.trim() !== "" && (allModels || key !== "model"))
      filter[key as FilterKey] = value;
  }
  const sort = params.get("sort");
  const order = params.get("order");
  return {
    filter,
    sort: isSort(sort) ? sort : view.sort,
    order: order === "asc" || order === "desc" ? order : view.order,
  } satisfies LibraryQuery;
}

/** The API query text of a page: filter, order and size (the cursor is added by the caller). */
export function apiQueryString(query: LibraryQuery, limit: number): string {
  const params = filterToSearchParams(query.filter);
  params.set("sort", query.sort);
  params.set("order", query.order);
  params.set("limit", String(limit));
  params.sort();
  return params.toString();
}

/** The address for `query`, keeping the other parameters (`item`, …) of `current`. */
export function libraryHref(pathname: string, current: URLSearchParams, query: LibraryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of current) {
    if (!KEYS.has(key) && key !== "sort" && key !== "order" && key !== "item") params.append(key, value);
  }
  for (const [key, value] of filterToSearchParams(query.filter)) params.set(key, value);
  params.set("sort", query.sort);
  params.set("order", query.order);
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Filters people set themselves (not the trash switch or the model of the cross-model view). */
export function activeFilterKeys(filter: FilterValues): FilterKey[] {
  return FILTER_KEYS.filter((key) => key !== "deleted" && filter[key] !== undefined);
}

/** The filter without what clear-all removes: only the trash switch and the model stay. */
export function clearedFilter(filter: FilterValues): FilterValues {
  const kept: FilterValues = {};
  if (filter.deleted) kept.deleted = filter.deleted;
  if (filter.model) kept.model = filter.model;
  return kept;
}

/** The filter as the bulk endpoint takes it (`model` is the endpoint's own, not a filter key). */
export function bulkFilter(filter: FilterValues): Record<string, string> {
  const { model: _model, ...rest } = filter;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}
