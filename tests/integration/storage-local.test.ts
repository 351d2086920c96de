import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import { originalKey, variantKey, variantPrefix } from "@/lib/storage/keys";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { Storage } from "@/lib/storage/storage";

let root: string;
let storage: Storage;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "p4g-storage-local-"));
  storage = createLocalStorage({ root });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("local storage driver", () => {
  it("round-trips a buffer, a Node stream, a web stream and a file path", async () => {
    const key = variantKey("media1", 1, "w640", "jpg");
    await storage.put(key, Buffer.from("from a buffer"), { contentType: "image/jpeg" });
    expect(await text(await storage.get(key))).toBe("from a buffer");

    await storage.put(key, Readable.from([Buffer.from("from a "), Buffer.from("node stream")]), {
      contentType: "image/jpeg",
    });
    expect(await text(await storage.get(key))).toBe("from a node stream");

    const web = new Blob(["from a web stream"]).stream();
    await storage.put(key, web, { contentType: "image/jpeg" });
    expect(await text(await storage.get(key))).toBe("from a web stream");

    const source = path.join(root, "..", `p4g-source-${process.pid}.bin`);
    await writeFile(source, "from a file");
    try {
      const stored = await storage.put(key, { path: source }, { contentType: "image/jpeg" });
      expect(stored).toMatchObject({ key, bytes: 11, contentType: "image/jpeg" });
      expect(await text(await storage.get(key))).toBe("from a file");
      // The source is copied, never moved: the caller still owns (and removes) it.
      expect(await readFile(source, "utf8")).toBe("from a file");
    } finally {
      await rm(source, { force: true });
    }
  });

  it("keeps originals under their own private subtree, apart from public variants", async () => {
    const key = originalKey("model1", "media1", "a".repeat(64), "jpg");
    await storage.put(key, Buffer.from("original"), { contentType: "image/jpeg" });
    expect(
      await readFile(path.join(root, "originals", "model1", "media1", `${"a".repeat(64)}.jpg`), "utf8"),
    ).toBe("original");
    const publicEntries: string[] = await readdir(path.join(root, "public")).catch(() => []);
    expect(publicEntries).not.toContain("model1");
  });

  it("stats, checks existence and deletes; deleting twice is fine", async () => {
    const key = variantKey("media2", 3, "thumb", "webp");
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.stat(key)).toBeNull();
    await storage.put(key, Buffer.alloc(1234, 7), { contentType: "image/webp" });
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.stat(key)).toMatchObject({ key, bytes: 1234, contentType: "image/webp" });
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes a whole prefix and nothing outside it", async () => {
    for (const name of ["w320", "w640", "thumb"]) {
      await storage.put(variantKey("media3", 1, name, "jpg"), Buffer.from(name), {
        contentType: "image/jpeg",
      });
    }
    const other = variantKey("media3", 2, "w320", "jpg");
    await storage.put(other, Buffer.from("keep"), { contentType: "image/jpeg" });
    expect(await storage.deletePrefix(variantPrefix("media3", 1))).toBe(3);
    expect(await storage.exists(variantKey("media3", 1, "w320", "jpg"))).toBe(false);
    expect(await storage.exists(other)).toBe(true);
    expect(await storage.deletePrefix(variantPrefix("media3", 1))).toBe(0);
  });

  it("overwrites atomically and leaves no temp files behind, even when a write fails", async () => {
    const key = variantKey("media4", 1, "w320", "jpg");
    await storage.put(key, Buffer.from("first"), { contentType: "image/jpeg" });
    const failing = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(storage.put(key, failing, { contentType: "image/jpeg" })).rejects.toThrow(
      "client went away",
    );
    // The reader still sees the complete previous object, never half a write.
    expect(await text(await storage.get(key))).toBe("first");
    expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
  });

  it("lists the objects under a prefix with their modification times, and nothing else", async () => {
    const originals = [
      originalKey("model9", "media9", "c".repeat(64), "jpg"),
      originalKey("model9", "media10", "d".repeat(64), "png"),
    ];
    for (const key of originals) await storage.put(key, Buffer.from(key), { contentType: "image/jpeg" });
    await storage.put(variantKey("media9", 1, "w320", "jpg"), Buffer.from("variant"), {
      contentType: "image/jpeg",
    });
    const old = new Date("2020-01-02T03:04:05Z");
    await utimes(path.join(root, originals[0]!), old, old);
    // Not a key the app could have written: never listed, so never swept.
    await mkdir(path.join(root, "originals", "model9"), { recursive: true });
    await writeFile(path.join(root, "originals", "model9", "odd name.jpg"), "x");

    const listed = await storage.list!("originals/model9/");
    expect(listed.map((object) => object.key).sort()).toEqual([...originals].sort());
    expect(listed.find((object) => object.key === originals[0])).toMatchObject({
      bytes: originals[0]!.length,
      contentType: "image/jpeg",
      modifiedAt: old,
    });
    expect(await storage.list!("originals/nobody/")).toEqual([]);
    await expect(storage.list!("../")).rejects.toBeInstanceOf(AppError);
    expect(storage.tempDir).toBe(path.join(root, ".tmp"));
  });

  it("refuses keys that could escape the storage root", async () => {
    const bad = [
      "../etc/passwd",
      "/etc/passwd",
      "public/../../x",
      "public//x",
      "public/./x",
      "public\\x",
      "",
      ".tmp/x",
      "public/x/",
    ];
    for (const key of bad) {
      await expect(
        storage.put(key, Buffer.from("x"), { contentType: "image/jpeg" }),
        key,
      ).rejects.toBeInstanceOf(AppError);
      await expect(storage.get(key), key).rejects.toBeInstanceOf(AppError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(AppError);
    }
    await expect(storage.deletePrefix("../")).rejects.toBeInstanceOf(AppError);
    await expect(storage.deletePrefix("public")).rejects.toBeInstanceOf(AppError);
  });

  it("is the default driver (STORAGE_DRIVER unset)", () => {
    expect(process.env.STORAGE_DRIVER ?? "local").toBe("local");
    expect(getStorage().driver).toBe("local");
    expect(getStorage()).toBe(getStorage());
  });

  it("serves nothing itself: public URLs come from the app's own route", () => {
    expect(storage.publicUrl(variantKey("m", 1, "w320", "jpg"))).toBeNull();
  });
});
