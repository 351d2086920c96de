import { assertStorageKey } from "./assert-storage-key";

// Every storage key the app writes is built here, from ids and hashes the server chose.

const EXTENSION = /^[a-z0-9]{1,5}$/;

function ext(value: string): string {
  if (!EXTENSION.test(value)) throw new Error(`Bad file extension for a storage key: ${value}`);
  return value;
}

/** Where every private original lives; variants, logos and moderation copies live elsewhere. */
export const ORIGINALS_PREFIX = "originals/";

/** The private original: never served as is, never watermarked, never modified. */
export function originalKey(modelId: string, mediaId: string, sha256: string, extension: string): string {
  return assertStorageKey(`${ORIGINALS_PREFIX}${modelId}/${mediaId}/${sha256}.${ext(extension)}`);
}

const ORIGINAL_KEY = /^originals\/([^/]+)\/([^/]+)\/[0-9a-f]{64}\.[a-z0-9]{1,5}$/;

/**
 * The ids an original's key was built from, or null for any key `originalKey` could not have built
 * (so a sweep of `originals/` only ever acts on real originals).
 */
export function parseOriginalKey(key: string): { modelId: string; mediaId: string } | null {
  const match = ORIGINAL_KEY.exec(key);
  return match ? { modelId: match[1]!, mediaId: match[2]! } : null;
}

/** Everything public for one media item and one revision; a new revision gives new URLs. */
export function variantPrefix(mediaId: string, revision: number): string {
  return assertStorageKey(`public/${mediaId}/${revision}/`, { prefix: true });
}

/** All public revisions of one media item (for deletion). */
export function mediaPublicPrefix(mediaId: string): string {
  return assertStorageKey(`public/${mediaId}/`, { prefix: true });
}

/** A public variant; `name` is server-chosen, e.g. `w1280` or `thumb`. */
export function variantKey(mediaId: string, revision: number, name: string, extension: string): string {
  return assertStorageKey(`${variantPrefix(mediaId, revision)}${name}.${ext(extension)}`);
}

/** A model's watermark logo: private (only its rendering reaches the public), named by its hash. */
export function watermarkLogoKey(modelId: string, sha256: string, extension: string): string {
  return assertStorageKey(`logos/${modelId}/${sha256}.${ext(extension)}`);
}

/** The private moderation copy of one revision (no watermark, no metadata), for classifiers and providers. */
export function moderationCopyKey(mediaId: string, revision: number): string {
  return assertStorageKey(`moderation/${mediaId}/${revision}.jpg`);
}

/** Every moderation copy of one media item (for deletion). */
export function mediaModerationPrefix(mediaId: string): string {
  return assertStorageKey(`moderation/${mediaId}/`, { prefix: true });
}

export function isPublicKey(key: string): boolean {
  return key.startsWith("public/");
}
