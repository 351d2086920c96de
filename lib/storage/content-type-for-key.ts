const TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  tif: "image/tiff",
  tiff: "image/tiff",
  heic: "image/heic",
  heif: "image/heif",
};

/** The content type implied by a key's extension; keys are server-built, so the extension is trusted. */
export function contentTypeForKey(key: string): string | null {
  const match = /\.([a-z0-9]+)$/.exec(key);
  return (match && TYPES[match[1]!]) ?? null;
}
