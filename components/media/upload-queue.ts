import { formatBytes } from "./format-bytes";
import type { MediaJson } from "./media-types";
import { sendUpload, type UploadOutcome, type UploadRequest } from "./send-upload";

export type UploadStatus =
  "queued" | "uploading" | "created" | "duplicate" | "refused" | "failed" | "cancelled";

export interface UploadEntry {
  key: string;
  /** Files added together (one drop, one pick, or one retry) form a batch, summarised once it settles. */
  batch: number;
  file: File;
  status: UploadStatus;
  /** Bytes of the request sent so far, and the request's size (the file plus the multipart framing). */
  loaded: number;
  total: number;
  /** The server's message for a refusal, or ours for a network failure or a size hint. */
  message?: string;
  /** The media item created by the upload. */
  mediaId?: string;
  /** The item that already holds these bytes (409 `duplicate`). */
  existingId?: string | null;
  /** Whether sending it again might help: cancelled, a network or server failure, a lapsed session. */
  retryable: boolean;
  /** Held back in the browser by a hint (the size limit); the retry button then sends it anyway. */
  local?: boolean;
}

export interface QueueOptions {
  url: string;
  /** The server's size limit: larger files are held back with a message (a hint; the server decides). */
  maxFileSize?: number;
  /** How many requests run at once. */
  concurrency?: number;
  send?: typeof sendUpload;
}

export interface QueueHandlers {
  onCreated?: (item: MediaJson) => void;
  /** Every file of a batch has an outcome (the entries as they ended). */
  onBatchSettled?: (entries: UploadEntry[]) => void;
  /** Announcements for screen readers: queueing and each refusal. */
  onAnnounce?: (message: string) => void;
}

export interface UploadQueue {
  getSnapshot: () => readonly UploadEntry[];
  subscribe: (listener: () => void) => () => void;
  setHandlers: (handlers: QueueHandlers) => void;
  add: (files: readonly File[]) => void;
  cancel: (key: string) => void;
  retry: (key: string) => void;
  remove: (key: string) => void;
  cancelAll: () => void;
  clearFinished: () => void;
}

const ACTIVE: readonly UploadStatus[] = ["queued", "uploading"];

export function isActive(entry: UploadEntry): boolean {
  return ACTIVE.includes(entry.status);
}

/**
 * The upload queue as a small store outside React (read through `useSyncExternalStore`): files
 * wait in order and at most `concurrency` requests run at once, one file per request.
 */
export function createUploadQueue({
  url,
  maxFileSize,
  concurrency = 3,
  send = sendUpload,
}: QueueOptions): UploadQueue {
  let entries: readonly UploadEntry[] = [];
  let handlers: QueueHandlers = {};
  let nextBatch = 1;
  let nextKey = 1;
  let frame: ReturnType<typeof setTimeout> | number | null = null;
  const listeners = new Set<() => void>();
  const requests = new Map<string, UploadRequest>();
  const settledBatches = new Set<number>();

  // Progress events of three files arrive many times a second: one render per frame is plenty.
  // (Outside a browser, a timer stands in for the frame.)
  const hasFrames = typeof requestAnimationFrame === "function";
  const emit = () => {
    if (frame !== null) {
      if (hasFrames) cancelAnimationFrame(frame as number);
      else clearTimeout(frame as ReturnType<typeof setTimeout>);
      frame = null;
    }
    for (const listener of listeners) listener();
  };
  const emitSoon = () => {
    if (frame === null) frame = hasFrames ? requestAnimationFrame(emit) : setTimeout(emit, 16);
  };

  const update = (key: string, patch: Partial<UploadEntry>) => {
    entries = entries.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry));
  };

  function checkBatch(batch: number) {
    if (settledBatches.has(batch)) return;
    const members = entries.filter((entry) => entry.batch === batch);
    if (members.length === 0 || members.some(isActive)) return;
    settledBatches.add(batch);
    handlers.onBatchSettled?.(members);
  }

  function settle(key: string, outcome: UploadOutcome) {
    const entry = entries.find((e) => e.key === key);
    if (!entry) return;
    switch (outcome.kind) {
      case "created":
        update(key, { status: "created", mediaId: outcome.item.id, loaded: entry.total, retryable: false });
        handlers.onCreated?.(outcome.item);
        break;
      case "duplicate":
        update(key, {
          status: "duplicate",
          existingId: outcome.existingId,
          message: outcome.message,
          retryable: false,
        });
        break;
      case "refused":
        update(key, {
          status: "refused",
          message: outcome.message,
          retryable: [401, 408, 429].includes(outcome.status),
        });
        handlers.onAnnounce?.(`${entry.file.name} was refused: ${outcome.message}`);
        break;
      case "failed":
        update(key, { status: "failed", message: outcome.message, retryable: true });
        handlers.onAnnounce?.(`${entry.file.name} failed: ${outcome.message}`);
        break;
      case "cancelled":
        update(key, { status: "cancelled", message: undefined, retryable: true, loaded: 0 });
        break;
    }
  }

  function start(entry: UploadEntry) {
    update(entry.key, { status: "uploading", loaded: 0, message: undefined, local: false });
    const request = send(url, entry.file, (loaded, total) => {
      update(entry.key, { loaded, total });
      emitSoon();
    });
    requests.set(entry.key, request);
    void request.promise.then((outcome) => {
      requests.delete(entry.key);
      settle(entry.key, outcome);
      pump();
      emit();
      checkBatch(entry.batch);
    });
  }

  function pump() {
    let running = entries.filter((entry) => entry.status === "uploading").length;
    for (const entry of entries) {
      if (running >= concurrency) break;
      if (entry.status !== "queued") continue;
      start(entry);
      running += 1;
    }
  }

  return {
    getSnapshot: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setHandlers(next) {
      handlers = next;
    },
    add(files) {
      if (files.length === 0) return;
      const batch = nextBatch++;
      const added = files.map((file): UploadEntry => {
        const tooLarge = maxFileSize !== undefined && file.size > maxFileSize;
        return {
          key: `u${nextKey++}`,
          batch,
          file,
          status: tooLarge ? "refused" : "queued",
          loaded: 0,
          total: file.size,
          message: tooLarge ? `Larger than the ${formatBytes(maxFileSize)} limit.` : undefined,
          retryable: tooLarge,
          local: tooLarge || undefined,
        };
      });
      entries = [...entries, ...added];
      const queued = added.filter((entry) => entry.status === "queued").length;
      handlers.onAnnounce?.(
        queued === added.length
          ? `${queued} ${queued === 1 ? "file" : "files"} added to the upload queue.`
          : `${queued} of ${added.length} files added to the upload queue; ${added.length - queued} held back as too large.`,
      );
      pump();
      emit();
      checkBatch(batch);
    },
    cancel(key) {
      const entry = entries.find((e) => e.key === key);
      if (!entry) return;
      if (entry.status === "uploading") return requests.get(key)?.abort();
      if (entry.status !== "queued") return;
      update(key, { status: "cancelled", retryable: true });
      emit();
      checkBatch(entry.batch);
    },
    retry(key) {
      const entry = entries.find((e) => e.key === key);
      if (!entry || !entry.retryable || isActive(entry)) return;
      // A retry is its own batch, so its outcome gets its own summary.
      update(key, { status: "queued", batch: nextBatch++, loaded: 0, message: undefined, retryable: false });
      pump();
      emit();
    },
    remove(key) {
      const entry = entries.find((e) => e.key === key);
      if (!entry) return;
      requests.get(key)?.abort();
      entries = entries.filter((e) => e.key !== key);
      emit();
      checkBatch(entry.batch);
    },
    cancelAll() {
      const batches = new Set<number>();
      for (const entry of entries) {
        if (entry.status === "queued") {
          update(entry.key, { status: "cancelled", retryable: true });
          batches.add(entry.batch);
        }
      }
      for (const request of requests.values()) request.abort();
      emit();
      for (const batch of batches) checkBatch(batch);
    },
    clearFinished() {
      entries = entries.filter(isActive);
      emit();
    },
  };
}
