import type { ApiErrorBody, MediaJson, MediaPage, MediaStatus, MediaViewsJson } from "./media-types";

/** The collection URL of a model's media: uploads are POSTed here, the list is read from here. */
export function mediaCollectionUrl(slug: string): string {
  return `/api/models/${encodeURIComponent(slug)}/media`;
}

export function mediaItemUrl(slug: string, id: string): string {
  return `${mediaCollectionUrl(slug)}/${encodeURIComponent(id)}`;
}

/** An API refusal with the server's own message, for the UI to show as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The JSON body of a successful answer; a refusal throws an ApiError with the server's message. */
export async function readJsonResponse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & Partial<ApiErrorBody>) | null;
  if (!response.ok || !body) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? "unavailable",
      body?.error?.message ?? `The server answered ${response.status}. Please try again.`,
    );
  }
  return body;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" }, signal });
  return readJsonResponse<T>(response);
}

export interface ListQuery {
  cursor?: string | null;
  status?: MediaStatus;
  limit?: number;
}

/** One page of the model's media, newest first. */
export async function fetchMediaPage(slug: string, query: ListQuery = {}, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (query.cursor) params.set("cursor", query.cursor);
  if (query.status) params.set("status", query.status);
  if (query.limit) params.set("limit", String(query.limit));
  const search = params.size ? `?${params}` : "";
  const body = await getJson<Partial<MediaPage>>(`${mediaCollectionUrl(slug)}${search}`, signal);
  return {
    items: body.items ?? [],
    nextCursor: body.nextCursor ?? null,
    total: body.total ?? 0,
  } satisfies MediaPage;
}

/** One item: `GET .../media/{id}` answers `{item}`. */
export async function fetchMedia(slug: string, id: string, signal?: AbortSignal): Promise<MediaJson> {
  const body = await getJson<{ item: MediaJson }>(mediaItemUrl(slug, id), signal);
  return body.item;
}

/** How often the public opened one photo (today, 7 and 30 UTC days, all time); staff only. */
export async function fetchMediaViews(
  slug: string,
  id: string,
  signal?: AbortSignal,
): Promise<MediaViewsJson> {
  const body = await getJson<{ views: MediaViewsJson }>(`${mediaItemUrl(slug, id)}/views`, signal);
  return body.views;
}
