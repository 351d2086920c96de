/**
 * Two photos of a model whose perceptual hashes differ in at most this many of 64 bits are near-duplicates.
 * Measured on the fixtures (pHash): resized and re-encoded copies (JPEG q30, WebP to JPEG) 0-2 bits, 3-5%
 * cropped off an edge 2-8, 10% cropped 10-16; unrelated photos 20 at the least (171 pairs, median 32).
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 10;
