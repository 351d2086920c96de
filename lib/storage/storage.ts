import type { Readable } from "node:stream";

/** What `put` accepts: bytes in memory, a stream, or a file on local disk (copied, never moved). */
export type PutBody = Buffer | Uint8Array | Readable | ReadableStream<Uint8Array> | { path: string };

export type PutOptions = { contentType: string };

export type StoredObject = {
  key: string;
  bytes: number;
  /** Known for keys with an image extension (local) or from the remote store. */
  contentType: string | null;
  modifiedAt: Date;
};

/**
 * The one storage interface. Keys are chosen by the server (see `keys.ts`), never by a client:
 * `originals/...` is private and never served as is; `public/...` holds re-encoded variants.
 */
export interface Storage {
  readonly driver: "local" | "uploadthing";
  /**
   * A directory on local disk where the driver stages writes (local driver only): a crash can leave a
   * partial file there, which the daily maintenance removes once it is old.
   */
  readonly tempDir?: string;
  /** Writes the whole object or nothing; an existing object under the key is replaced. */
  put(key: string, body: PutBody, options: PutOptions): Promise<StoredObject>;
  /** Streams the object; throws AppError `not_found` when it does not exist. */
  get(key: string): Promise<Readable>;
  stat(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every object whose key starts with `prefix` (which must end with `/`); returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /**
   * Every stored object whose key starts with `prefix` (which must end with `/`), with its modification
   * time, for sweeps such as the orphan originals one. Optional: a driver whose store cannot be listed
   * leaves it out, and callers skip.
   */
  list?(prefix: string): Promise<StoredObject[]>;
  /** A URL the browser can fetch directly (remote CDN), or null when the app itself must serve the bytes. */
  publicUrl(key: string): string | null;
  /** A short-lived URL that lets one browser fetch a private object directly (remote drivers only). */
  signedUrl?(key: string, expiresInSeconds: number): Promise<string>;
}
