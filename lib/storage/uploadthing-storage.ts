import { openAsBlob } from "node:fs";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { UTApi, UTFile } from "uploadthing/server";
import { AppError } from "@/lib/errors";
import { assertStorageKey } from "./assert-storage-key";
import { contentTypeForKey } from "./content-type-for-key";
import { isPublicKey } from "./keys";
import type { PutBody, Storage, StoredObject } from "./storage";
import { toNodeReadable } from "./to-node-readable";

export type UploadThingStorageOptions = {
  token: string;
  /** UploadThing's own URL overrides; only a test stand-in or a self-hosted proxy sets them. */
  apiUrl?: string;
  ingestUrl?: string;
  ufsHost?: string;
  ufsAppIdLocation?: "subdomain" | "path";
};

// UploadThing addresses files by a flat custom id; `/` would break its `/f/<id>` URLs, and `~`
// cannot occur in our keys, so the mapping is reversible (needed for deletePrefix).
const toCustomId = (key: string) => key.replaceAll("/", "~");
const fromCustomId = (customId: string) => customId.replaceAll("~", "/");
const MAX_CUSTOM_ID = 128;

function appIdOf(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as { appId?: unknown };
    if (typeof parsed.appId === "string" && parsed.appId) return parsed.appId;
  } catch {
    // fall through to the clear error below
  }
  throw new Error(
    "UPLOADTHING_TOKEN is not a valid UploadThing token (base64 JSON with apiKey, appId, regions).",
  );
}

/**
 * `listFiles` gives `uploadedAt` as a bare number, read as epoch milliseconds (like the upload result's
 * `lastModified`). A value too small for that is taken as seconds, so a unit mix-up can never make a
 * new file look decades old to the orphan sweep.
 */
const uploadedAtDate = (uploadedAt: number) => new Date(uploadedAt < 1e11 ? uploadedAt * 1000 : uploadedAt);

const asBlobPart = (bytes: Uint8Array) =>
  new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);

/** UploadThing takes a Blob: a file becomes a file-backed Blob (not read into memory), a stream is collected. */
async function toBlobPart(body: PutBody): Promise<BlobPart> {
  if (body instanceof Uint8Array) return asBlobPart(body);
  if ("path" in body && typeof body.path === "string") return openAsBlob(body.path);
  const chunks: Buffer[] = [];
  for await (const chunk of toNodeReadable(body as Readable | ReadableStream<Uint8Array>))
    chunks.push(Buffer.from(chunk));
  return asBlobPart(Buffer.concat(chunks));
}

/**
 * UploadThing (for Vercel, where there is no writable disk). Originals are uploaded with the
 * `private` ACL and read back through short-lived signed URLs; public variants are `public-read`
 * and can be linked directly. The UploadThing app must allow ACL overrides.
 */
export function createUploadThingStorage(options: UploadThingStorageOptions): Storage {
  const appId = appIdOf(options.token);
  // Unset overrides must be absent, not undefined, so UploadThing's own env lookup still applies.
  const overrides = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const utapi = new UTApi({ ...overrides, defaultKeyType: "customId", logLevel: "Error" });
  const ufsHost = options.ufsHost ?? "ufs.sh";
  const proto = ufsHost.includes("local") ? "http" : "https";

  function customIdFor(key: string): string {
    assertStorageKey(key);
    const customId = toCustomId(key);
    if (customId.length > MAX_CUSTOM_ID) throw new Error(`Storage key too long for UploadThing: ${key}`);
    return customId;
  }

  async function signedUrl(key: string, expiresIn = 300): Promise<string> {
    const { ufsUrl } = await utapi.generateSignedURL(customIdFor(key), { expiresIn });
    return ufsUrl;
  }

  async function statKey(key: string): Promise<StoredObject | null> {
    const response = await fetch(await signedUrl(key), { method: "HEAD" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`UploadThing answered ${response.status} for ${key}`);
    const modified = response.headers.get("last-modified");
    return {
      key,
      bytes: Number(response.headers.get("content-length") ?? 0),
      contentType: response.headers.get("content-type"),
      modifiedAt: modified ? new Date(modified) : new Date(0),
    };
  }

  /** Every file of the app, page by page: UploadThing lists a whole app, with no prefix filter. */
  async function* allFiles() {
    const limit = 500;
    for (let offset = 0; ; offset += limit) {
      const page = await utapi.listFiles({ limit, offset });
      yield* page.files;
      if (!page.hasMore) break;
    }
  }

  return {
    driver: "uploadthing",

    async put(key, body, { contentType }) {
      const customId = customIdFor(key);
      // A custom id is unique at UploadThing: replace, so a retried step overwrites instead of failing.
      await utapi.deleteFiles(customId, { keyType: "customId" });
      const name = key.slice(key.lastIndexOf("/") + 1);
      const file = new UTFile([await toBlobPart(body)], name, { customId, type: contentType });
      const result = await utapi.uploadFiles(file, {
        acl: isPublicKey(key) ? "public-read" : "private",
        contentDisposition: "inline",
      });
      if (result.error) throw new Error(`UploadThing upload failed for ${key}: ${result.error.message}`);
      return {
        key,
        bytes: result.data.size,
        contentType,
        modifiedAt: new Date(result.data.lastModified ?? Date.now()),
      };
    },

    async get(key) {
      const response = await fetch(await signedUrl(key));
      if (response.status === 404) throw new AppError("not_found", "File not found.");
      if (!response.ok || !response.body)
        throw new Error(`UploadThing answered ${response.status} for ${key}`);
      return Readable.fromWeb(response.body as unknown as NodeWebReadableStream<Uint8Array>);
    },

    stat: statKey,

    async exists(key) {
      return (await statKey(key)) !== null;
    },

    async delete(key) {
      await utapi.deleteFiles(customIdFor(key), { keyType: "customId" });
    },

    async deletePrefix(prefix) {
      assertStorageKey(prefix, { prefix: true });
      const matching: string[] = [];
      for await (const file of allFiles()) {
        if (file.customId && fromCustomId(file.customId).startsWith(prefix)) matching.push(file.customId);
      }
      for (let i = 0; i < matching.length; i += 100) {
        await utapi.deleteFiles(matching.slice(i, i + 100), { keyType: "customId" });
      }
      return matching.length;
    },

    async list(prefix) {
      assertStorageKey(prefix, { prefix: true });
      const objects: StoredObject[] = [];
      for await (const file of allFiles()) {
        // Only finished uploads: one still uploading (or failed, or being deleted) is not an object yet.
        if (file.status !== "Uploaded" || !file.customId) continue;
        const key = fromCustomId(file.customId);
        if (!key.startsWith(prefix)) continue;
        objects.push({
          key,
          bytes: file.size,
          contentType: contentTypeForKey(key),
          modifiedAt: uploadedAtDate(file.uploadedAt),
        });
      }
      return objects;
    },

    signedUrl(key, expiresInSeconds) {
      return signedUrl(key, expiresInSeconds);
    },

    publicUrl(key) {
      if (!isPublicKey(key)) return null;
      const id = encodeURIComponent(customIdFor(key));
      return options.ufsAppIdLocation === "path"
        ? `${proto}://${ufsHost}/a/${appId}/${id}`
        : `${proto}://${appId}.${ufsHost}/f/${id}`;
    },
  };
}
