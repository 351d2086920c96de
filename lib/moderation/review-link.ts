/** The review queue opened on one photo of one model. */
export function reviewLink({ mediaId, modelSlug }: { mediaId: string; modelSlug: string }): string {
  return `/admin/moderation?${new URLSearchParams({ model: modelSlug, media: mediaId }).toString()}`;
}
