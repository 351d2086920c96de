// The cache tags of the public gallery, in one place. Public pages tag what they render with these; every
// write path invalidates them through `revalidateModel`, never by spelling a tag itself.
//
// Tags are keyed by slug because pages are addressed by slug: a cached 404 for `/new-model` must be
// invalidated when a model with that slug is published, and there is no id yet to key it by.

/** Every gallery tag starts with this, so the internal revalidation route refuses anything else. */
export const GALLERY_TAG_PREFIX = "gallery:";

/** Pages that list models or sections across the site: `sitemap.xml`. */
export const GALLERY_LISTING_TAG = "gallery:listing";

/** Everything public of one model: its page, every section page, their metadata and images. */
export function modelTag(modelSlug: string): string {
  return `gallery:model:${modelSlug}`;
}

/** The model's own page `/{model}` (header, bio, the list of sections with their covers). */
export function modelPageTag(modelSlug: string): string {
  return `gallery:model:${modelSlug}:page`;
}

/** One section page `/{model}/{section}`. */
export function sectionTag(modelSlug: string, sectionSlug: string): string {
  return `gallery:model:${modelSlug}:section:${sectionSlug}`;
}

/** What the public model page (and its metadata) tags itself with. */
export function modelPageTags(modelSlug: string): string[] {
  return [modelTag(modelSlug), modelPageTag(modelSlug)];
}

/** What a public section page (and its metadata) tags itself with. */
export function sectionPageTags(modelSlug: string, sectionSlug: string): string[] {
  return [modelTag(modelSlug), sectionTag(modelSlug, sectionSlug)];
}

/** What `sitemap.xml` tags itself with. */
export function listingTags(): string[] {
  return [GALLERY_LISTING_TAG];
}

export interface GalleryChange {
  modelSlug: string;
  /**
   * Only these sections changed (their order, photos, title...): their pages and the model page (covers,
   * counts) are refreshed. Absent: everything of the model is (a photo's approval, profile, watermark).
   */
  sections?: readonly string[];
  /** A model or section became (un)published or was created or deleted: the sitemap follows. */
  listing?: boolean;
}

/** The exact tags one change invalidates: never another model's. */
export function tagsForChange({ modelSlug, sections, listing = false }: GalleryChange): string[] {
  const tags = sections
    ? [modelPageTag(modelSlug), ...sections.map((section) => sectionTag(modelSlug, section))]
    : [modelTag(modelSlug)];
  if (listing) tags.push(GALLERY_LISTING_TAG);
  return [...new Set(tags)];
}
