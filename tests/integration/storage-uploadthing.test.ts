// The UploadThing driver against a LOCAL STAND-IN for UploadThing's hosted API, ingest and file
// servers (the real service cannot be reached from here). The stand-in speaks the same HTTP
// contract the `uploadthing/server` UTApi uses, and the driver is pointed at it through
// UploadThing's own URL overrides (`apiUrl`, `ingestUrl`, `ufsHost`, `ufsAppIdLocation`).
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { originalKey, variantKey, variantPrefix } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/storage";
import { createUploadThingStorage } from "@/lib/storage/uploadthing-storage";

const API_KEY = "sk_test_standin_secret";
const APP_ID = "standinapp";
const TOKEN = Buffer.from(JSON.stringify({ apiKey: API_KEY, appId: APP_ID, regions: ["sea1"] })).toString(
  "base64",
);

type StoredFile = {
  key: string;
  customId: string | null;
  name: string;
  type: string;
  acl: string;
  bytes: Buffer;
  uploadedAt: number;
  status?: string;
};

/** A minimal UploadThing stand-in: it verifies signatures and the API key like the real service. */
class UploadThingStandIn {
  files = new Map<string, StoredFile>();
  server: Server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  get origin() {
    return `http://localhost:${(this.server.address() as AddressInfo).port}`;
  }

  private verifySigned(url: URL): boolean {
    const signature = url.searchParams.get("signature");
    if (!signature?.startsWith("hmac-sha256=")) return false;
    const unsigned = new URL(url);
    unsigned.searchParams.delete("signature");
    const expected = createHmac("sha256", API_KEY).update(unsigned.toString()).digest();
    const given = Buffer.from(signature.slice("hmac-sha256=".length), "hex");
    return (
      given.length === expected.length &&
      timingSafeEqual(given, expected) &&
      Number(url.searchParams.get("expires")) > Date.now()
    );
  }

  private byCustomIdOrKey(id: string) {
    return [...this.files.values()].find((file) => file.customId === id || file.key === id);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.origin);
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

    if (url.pathname.startsWith("/v6/")) {
      if (req.headers["x-uploadthing-api-key"] !== API_KEY) return json(401, { error: "Invalid API key" });
      const body = JSON.parse(await text(req)) as Record<string, unknown>;
      if (url.pathname === "/v6/deleteFiles") {
        const ids = (body.customIds ?? body.fileKeys ?? []) as string[];
        let deletedCount = 0;
        for (const id of ids) {
          const file = this.byCustomIdOrKey(id);
          if (file && this.files.delete(file.key)) deletedCount++;
        }
        return json(200, { success: true, deletedCount });
      }
      if (url.pathname === "/v6/listFiles") {
        const all = [...this.files.values()];
        const offset = Number(body.offset ?? 0);
        const limit = Number(body.limit ?? 500);
        const files = all.slice(offset, offset + limit).map((file) => ({
          id: file.key,
          customId: file.customId,
          key: file.key,
          name: file.name,
          size: file.bytes.length,
          status: file.status ?? "Uploaded",
          uploadedAt: file.uploadedAt,
        }));
        return json(200, { hasMore: offset + limit < all.length, files });
      }
      return json(404, { error: "Unknown endpoint" });
    }

    if (req.method === "PUT") {
      if (!this.verifySigned(url)) return json(403, { error: "Invalid signature" });
      const key = url.pathname.slice(1);
      const customId = url.searchParams.get("x-ut-custom-id");
      if (customId && this.byCustomIdOrKey(decodeURIComponent(customId)))
        return json(409, { error: "Custom ID already in use" });
      const form = await new Request(url, {
        method: "PUT",
        headers: req.headers as HeadersInit,
        body: Readable.toWeb(req) as ReadableStream,
        duplex: "half",
      } as RequestInit).formData();
      const file = form.get("file") as File;
      const bytes = Buffer.from(await file.arrayBuffer());
      this.files.set(key, {
        key,
        customId: customId ? decodeURIComponent(customId) : null,
        name: decodeURIComponent(url.searchParams.get("x-ut-file-name") ?? file.name),
        type: decodeURIComponent(url.searchParams.get("x-ut-file-type") ?? file.type),
        acl: decodeURIComponent(url.searchParams.get("x-ut-acl") ?? "public-read"),
        bytes,
        uploadedAt: Date.now(),
      });
      const ufsUrl = `${this.origin}/a/${APP_ID}/${key}`;
      return json(200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "standin" });
    }

    const fileMatch = /^\/a\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (fileMatch && (req.method === "GET" || req.method === "HEAD")) {
      const file =
        fileMatch[1] === APP_ID ? this.byCustomIdOrKey(decodeURIComponent(fileMatch[2]!)) : undefined;
      if (!file) return res.writeHead(404).end();
      if (file.acl === "private" && !this.verifySigned(url)) return res.writeHead(403).end();
      res.writeHead(200, {
        "content-type": file.type,
        "content-length": file.bytes.length,
        "last-modified": new Date(file.uploadedAt).toUTCString(),
      });
      return res.end(req.method === "HEAD" ? undefined : file.bytes);
    }
    res.writeHead(404).end();
  }
}

const standIn = new UploadThingStandIn();
let storage: Storage;

beforeAll(async () => {
  await new Promise<void>((resolve) => standIn.server.listen(0, "127.0.0.1", resolve));
  storage = createUploadThingStorage({
    token: TOKEN,
    apiUrl: standIn.origin,
    ingestUrl: standIn.origin,
    ufsHost: `localhost:${(standIn.server.address() as AddressInfo).port}`,
    ufsAppIdLocation: "path",
  });
});

afterAll(async () => {
  await new Promise((resolve) => standIn.server.close(resolve));
});

describe("UploadThing storage driver (against a local stand-in for UploadThing)", () => {
  it("round-trips a public variant and links it directly", async () => {
    const key = variantKey("media1", 1, "w640", "webp");
    const stored = await storage.put(key, Buffer.from("webp bytes"), { contentType: "image/webp" });
    expect(stored).toMatchObject({ key, bytes: 10, contentType: "image/webp" });
    expect(await text(await storage.get(key))).toBe("webp bytes");
    expect(await storage.stat(key)).toMatchObject({ key, bytes: 10, contentType: "image/webp" });

    const url = storage.publicUrl(key);
    expect(url).toBeTruthy();
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("webp bytes");
  });

  it("uploads originals privately: no direct link, and the file answers 403 without a signature", async () => {
    const key = originalKey("model1", "media1", "b".repeat(64), "jpg");
    await storage.put(key, Readable.from([Buffer.from("original "), Buffer.from("bytes")]), {
      contentType: "image/jpeg",
    });
    expect(storage.publicUrl(key)).toBeNull();
    const file = [...standIn.files.values()].find((f) => f.customId?.endsWith(`${"b".repeat(64)}.jpg`));
    expect(file?.acl).toBe("private");
    expect((await fetch(`${standIn.origin}/a/${APP_ID}/${file!.key}`)).status).toBe(403);
    // The driver itself reads it back through a signed URL.
    expect(await text(await storage.get(key))).toBe("original bytes");
  });

  it("overwrites on a repeated put instead of failing or duplicating", async () => {
    const key = variantKey("media2", 1, "thumb", "jpg");
    await storage.put(key, Buffer.from("first"), { contentType: "image/jpeg" });
    await storage.put(key, Buffer.from("second"), { contentType: "image/jpeg" });
    expect(await text(await storage.get(key))).toBe("second");
    expect([...standIn.files.values()].filter((f) => f.customId === key.replaceAll("/", "~"))).toHaveLength(
      1,
    );
  });

  it("deletes one object and whole prefixes", async () => {
    for (const name of ["w320", "w640"]) {
      await storage.put(variantKey("media3", 1, name, "jpg"), Buffer.from(name), {
        contentType: "image/jpeg",
      });
    }
    const other = variantKey("media3", 2, "w320", "jpg");
    await storage.put(other, Buffer.from("keep"), { contentType: "image/jpeg" });

    expect(await storage.deletePrefix(variantPrefix("media3", 1))).toBe(2);
    expect(await storage.exists(variantKey("media3", 1, "w320", "jpg"))).toBe(false);
    expect(await storage.exists(other)).toBe(true);

    await storage.delete(other);
    await storage.delete(other);
    expect(await storage.stat(other)).toBeNull();
    await expect(storage.get(other)).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists finished uploads under a prefix with their upload times", async () => {
    const original = originalKey("model4", "media4", "c".repeat(64), "jpg");
    const uploading = originalKey("model4", "media5", "d".repeat(64), "jpg");
    for (const key of [original, uploading])
      await storage.put(key, Buffer.from("bytes"), { contentType: "image/jpeg" });
    await storage.put(variantKey("media4", 1, "w320", "jpg"), Buffer.from("variant"), {
      contentType: "image/jpeg",
    });
    const stored = (key: string) =>
      [...standIn.files.values()].find((f) => f.customId === key.replaceAll("/", "~"))!;
    const old = Date.parse("2020-01-02T03:04:05Z");
    stored(original).uploadedAt = old;
    stored(uploading).status = "Uploading";

    const listed = await storage.list!("originals/model4/");
    expect(listed).toEqual([
      { key: original, bytes: 5, contentType: "image/jpeg", modifiedAt: new Date(old) },
    ]);
    expect(await storage.list!("originals/nobody/")).toEqual([]);
    await expect(storage.list!("originals")).rejects.toBeInstanceOf(AppError);
  });

  it("refuses unsafe keys before any request", async () => {
    await expect(storage.put("../x", Buffer.from("x"), { contentType: "image/jpeg" })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(storage.get("/abs/x")).rejects.toBeInstanceOf(AppError);
  });
});
