import { mediaItemUrl, readJsonResponse } from "@/components/media/media-api";
import type { MediaJson } from "@/components/media/media-types";
import type { CategoryJson, MediaPatch, ModerationHistoryEntry, SimilarMedia } from "./library-types";

/** One JSON request; a refusal becomes an ApiError carrying the server's own message. */
async function requestJson<T>(
  url: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    cache: "no-store",
    headers: {
      accept: "application/json",
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (response.status === 204) return undefined as T;
  return readJsonResponse<T>(response);
}

const modelUrl = (slug: string) => `/api/models/${encodeURIComponent(slug)}`;

export async function patchMedia(slug: string, id: string, patch: MediaPatch): Promise<MediaJson> {
  const body = await requestJson<{ item: MediaJson }>(mediaItemUrl(slug, id), {
    method: "PATCH",
    body: patch,
  });
  return body.item;
}

/** Moves one photo to the trash; it answers the photo with `deletedAt` set. */
export async function trashMedia(slug: string, id: string): Promise<MediaJson> {
  return (await requestJson<{ item: MediaJson }>(mediaItemUrl(slug, id), { method: "DELETE" })).item;
}

export async function restoreMedia(slug: string, id: string): Promise<MediaJson> {
  const url = `${mediaItemUrl(slug, id)}/restore`;
  return (await requestJson<{ item: MediaJson }>(url, { method: "POST" })).item;
}

export async function fetchSimilar(slug: string, id: string, signal?: AbortSignal) {
  const url = `${mediaItemUrl(slug, id)}/similar`;
  return (await requestJson<{ items: SimilarMedia[] }>(url, { signal })).items;
}

export async function fetchDuplicateGroups(slug: string, signal?: AbortSignal) {
  const url = `${modelUrl(slug)}/duplicates`;
  return (await requestJson<{ groups: { items: SimilarMedia[] }[] }>(url, { signal })).groups;
}

export async function fetchModerationHistory(slug: string, id: string, signal?: AbortSignal) {
  const url = `${mediaItemUrl(slug, id)}/moderation`;
  return (await requestJson<{ checks: ModerationHistoryEntry[] }>(url, { signal })).checks;
}

/** The model's most used tags starting with `q` (at most 20). */
export async function fetchTags(slug: string, q: string, signal?: AbortSignal) {
  const url = `${modelUrl(slug)}/tags?q=${encodeURIComponent(q)}`;
  return (await requestJson<{ tags: { tag: string; count: number }[] }>(url, { signal })).tags;
}

export async function fetchCategories(slug: string, signal?: AbortSignal) {
  const url = `${modelUrl(slug)}/categories`;
  return (await requestJson<{ categories: CategoryJson[] }>(url, { signal })).categories;
}

export async function createCategory(slug: string, input: { name: string; color?: string }) {
  const url = `${modelUrl(slug)}/categories`;
  return (await requestJson<{ category: CategoryJson }>(url, { method: "POST", body: input })).category;
}

export async function updateCategory(slug: string, id: string, input: { name?: string; color?: string }) {
  const url = `${modelUrl(slug)}/categories/${encodeURIComponent(id)}`;
  return (await requestJson<{ category: CategoryJson }>(url, { method: "PATCH", body: input })).category;
}

export async function deleteCategory(slug: string, id: string): Promise<void> {
  const url = `${modelUrl(slug)}/categories/${encodeURIComponent(id)}`;
  await requestJson<void>(url, { method: "DELETE" });
}

/** Where staff download the untouched original. */
export function originalUrl(slug: string, id: string): string {
  return `${mediaItemUrl(slug, id)}/original`;
}
