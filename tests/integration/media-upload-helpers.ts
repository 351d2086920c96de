// Shared by the media upload and processing tests: multipart requests to the real route handlers with a
// real session cookie, and a look at everything an upload could leave behind (rows, files, temp files,
// job events).
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { GET as getItemRoute } from "@/app/api/models/[slug]/media/[id]/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/models/[slug]/media/route";
import { GET as fileRoute } from "@/app/api/files/[mediaId]/[revision]/[file]/route";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { MediaStatus } from "@/lib/generated/prisma/enums";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import { ORIGIN } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { FIXTURES } from "../helpers/fixtures";

export { FIXTURES };

export const fixture = (name: string) => readFile(path.join(FIXTURES, name));

const withCookie = (cookie?: string, headers: Record<string, string> = {}) =>
  cookie ? { ...headers, cookie } : headers;

/** A browser-like upload: multipart/form-data with the file in the field `file`. */
export function uploadRequest(
  slug: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  cookie?: string,
  field = "file",
) {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/jpeg" }), file.name);
  return new Request(`${ORIGIN}/api/models/${slug}/media`, {
    method: "POST",
    body: form,
    headers: withCookie(cookie),
  });
}

export async function upload(
  slug: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  cookie?: string,
) {
  const response = await uploadRoute(uploadRequest(slug, file, cookie), {
    params: Promise.resolve({ slug }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      item?: MediaDto;
      error?: { code: string; message: string; existingId?: string };
    },
  };
}

export async function getItem(slug: string, id: string, cookie?: string) {
  const response = await getItemRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}`, { headers: withCookie(cookie) }),
    {
      params: Promise.resolve({ slug, id }),
    },
  );
  const json = (await response.json()) as { item?: MediaDto; error?: { code: string } };
  // The route answers `{item}`; tests read the Media itself (an empty object on a refusal).
  return { status: response.status, body: json.item ?? ({} as MediaDto), error: json.error };
}

export async function list(slug: string, query: string, cookie?: string) {
  const response = await listRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media${query}`, { headers: withCookie(cookie) }),
    {
      params: Promise.resolve({ slug }),
    },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      items: MediaDto[];
      nextCursor: string | null;
      total: number;
      error?: { code: string };
    },
  };
}

/** GET of a variant URL from the DTO, through the files route, as the public (no cookie) or as staff. */
export async function fetchVariant(
  url: string,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const [mediaId, revision, file] = url.replace(/^\/api\/files\//, "").split("/");
  return fileRoute(new Request(`${ORIGIN}${url}`, { headers: withCookie(cookie, headers) }), {
    params: Promise.resolve({ mediaId: mediaId!, revision: revision!, file: file! }),
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Everything an upload can leave behind: rows, stored files, temporary files, job events. */
export async function leftovers() {
  return {
    items: await db.mediaItem.count(),
    audit: await db.auditEntry.count({ where: { entityType: "media" } }),
    stored: await filesUnder(path.resolve(config().STORAGE_DIR)),
    temporary: await filesUnder(path.join(os.tmpdir(), "phoenix4ge-uploads")),
    work: await filesUnder(path.join(os.tmpdir(), "phoenix4ge-work")),
    events: await db.jobEvent.count(),
  };
}

export const storedFiles = (prefix = "") => filesUnder(path.join(path.resolve(config().STORAGE_DIR), prefix));

/** Waits for the item to reach one of `statuses` (the job executor runs in the background). */
export function itemReaching(id: string, statuses: MediaStatus[]) {
  return eventually(
    async () => {
      const item = await db.mediaItem.findUnique({ where: { id } });
      return item && statuses.includes(item.status) ? item : null;
    },
    `media ${id} to be ${statuses.join(" or ")}`,
    90_000,
  );
}
