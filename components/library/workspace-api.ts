import { readJsonResponse } from "@/components/media/media-api";
import { LIBRARY_VIEW_KEY } from "@/lib/media/library/library-view";
import type { LibraryPage, LibraryView, NamedOption } from "./workspace-types";

async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    cache: "no-store",
    ...init,
    headers: {
      accept: "application/json",
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...init.headers,
    },
  });
  if (response.status === 204) return undefined as T;
  return readJsonResponse<T>(response);
}

/** The list endpoint of a model, or of every model (`slug` null). */
export function listUrl(slug: string | null): string {
  return slug ? `/api/models/${encodeURIComponent(slug)}/media` : "/api/media";
}

export async function fetchLibraryPage(url: string, signal?: AbortSignal): Promise<LibraryPage> {
  const body = await requestJson<Partial<LibraryPage>>(url, { signal });
  return { items: body.items ?? [], nextCursor: body.nextCursor ?? null, total: body.total ?? 0 };
}

export function saveLibraryView(view: LibraryView): Promise<unknown> {
  return requestJson(`/api/me/preferences/${LIBRARY_VIEW_KEY}`, {
    method: "PUT",
    body: JSON.stringify({ value: view }),
  });
}

const modelUrl = (slug: string) => `/api/models/${encodeURIComponent(slug)}`;

/** The model's categories, gallery sections and uploaders: the choices of the filters and bulk actions. */
export async function fetchModelOptions(slug: string, signal?: AbortSignal) {
  const [categories, sections, uploaders] = await Promise.all([
    requestJson<{ categories?: { id: string; name: string; color?: string; count?: number }[] }>(
      `${modelUrl(slug)}/categories`,
      { signal },
    ).catch(() => ({ categories: [] })),
    requestJson<{ sections?: { id: string; title: string }[] }>(`${modelUrl(slug)}/sections`, {
      signal,
    }).catch(() => ({ sections: [] })),
    requestJson<{ users?: { id: string; name: string }[] }>(`${modelUrl(slug)}/uploaders`, {
      signal,
    }).catch(() => ({ users: [] })),
  ]);
  return {
    categories: (categories.categories ?? []).map((c): NamedOption => ({
      id: c.id,
      name: c.name,
      color: c.color,
    })),
    sections: (sections.sections ?? []).map((s): NamedOption => ({ id: s.id, name: s.title })),
    uploaders: (uploaders.users ?? []).map((u): NamedOption => ({ id: u.id, name: u.name })),
  };
}

export type ModelOptions = Awaited<ReturnType<typeof fetchModelOptions>>;

export type BulkAction =
  | "trash"
  | "restore"
  | "delete"
  | "approve"
  | "reject"
  | "addCategories"
  | "removeCategories"
  | "addTags"
  | "removeTags"
  | "addToSection"
  | "reprocess";

export interface BulkJob {
  id: string;
  status: "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";
  action?: string;
  done: number;
  total: number;
  failed: number;
  errors?: { id: string; message: string }[];
}

export interface BulkRequest {
  action: BulkAction;
  ids?: string[];
  filter?: Record<string, string>;
  categoryIds?: string[];
  tags?: string[];
  sectionId?: string;
  reason?: string;
}

export async function startBulkJob(slug: string, body: BulkRequest): Promise<BulkJob> {
  const { job } = await requestJson<{ job: Partial<BulkJob> & { id: string } }>(
    `${modelUrl(slug)}/media/bulk`,
    { method: "POST", body: JSON.stringify(body) },
  );
  return { done: 0, failed: 0, total: 0, status: "QUEUED", ...job };
}

export async function fetchBulkJob(id: string, signal?: AbortSignal): Promise<BulkJob> {
  return (await requestJson<{ job: BulkJob }>(`/api/jobs/${encodeURIComponent(id)}`, { signal })).job;
}

export async function cancelBulkJob(id: string): Promise<void> {
  await requestJson(`/api/jobs/${encodeURIComponent(id)}/cancel`, { method: "POST" });
}
