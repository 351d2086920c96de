// Public variant URLs mirror the storage key (`public/<mediaId>/<revision>/<file>`), so a new
// revision is a new URL and every URL can be cached forever.

/** Where the app serves public variants (`app/api/files/[mediaId]/[revision]/[file]/route.ts`). */
export const FILES_ROUTE = "/api/files";

const KEY = /^public\/([A-Za-z0-9_-]+)\/(\d+)\/([A-Za-z0-9_-]+\.[a-z0-9]{1,5})$/;
const FILE = /^[A-Za-z0-9_-]+\.[a-z0-9]{1,5}$/;

/** The URL of a public variant, relative to the app's origin. */
export function variantUrl(storageKey: string): string {
  const match = KEY.exec(storageKey);
  if (!match) throw new Error(`Not a public variant key: ${storageKey}`);
  return `${FILES_ROUTE}/${match[1]}/${match[2]}/${match[3]}`;
}

/** The storage key a files-route URL names, or null when the parts are not a variant's. */
export function variantKeyFromUrlParts(mediaId: string, revision: string, file: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(mediaId) || !/^[1-9]\d{0,8}$/.test(revision) || !FILE.test(file))
    return null;
  return `public/${mediaId}/${revision}/${file}`;
}
