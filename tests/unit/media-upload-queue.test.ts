import { describe, expect, it } from "vitest";
import type { MediaJson } from "@/components/media/media-types";
import type { UploadOutcome } from "@/components/media/send-upload";
import { createUploadQueue, type UploadEntry } from "@/components/media/upload-queue";

// The browser's XMLHttpRequest is replaced by a controllable sender: these tests are about the
// queue's rules (how many at once, in which order, what a retry or a cancel does), not the network.

function fakeSender() {
  const calls: {
    name: string;
    progress: (loaded: number, total: number) => void;
    finish: (o: UploadOutcome) => void;
    aborted: boolean;
  }[] = [];
  const send = (_url: string, file: File, progress: (loaded: number, total: number) => void) => {
    let finish!: (outcome: UploadOutcome) => void;
    const promise = new Promise<UploadOutcome>((resolve) => (finish = resolve));
    const call = { name: file.name, progress, finish, aborted: false };
    calls.push(call);
    return {
      promise,
      abort: () => {
        call.aborted = true;
        finish({ kind: "cancelled" });
      },
    };
  };
  return { calls, send };
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: "image/jpeg" });
const item = (id: string) => ({ id }) as MediaJson;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const statuses = (entries: readonly UploadEntry[]) =>
  Object.fromEntries(entries.map((e) => [e.file.name, e.status]));

describe("createUploadQueue", () => {
  it("sends one file per request, at most three at a time, in the order they were added", async () => {
    const { calls, send } = fakeSender();
    const queue = createUploadQueue({ url: "/u", send });
    queue.add(Array.from({ length: 50 }, (_, i) => file(`p${i}.jpg`)));

    expect(calls.map((c) => c.name)).toEqual(["p0.jpg", "p1.jpg", "p2.jpg"]);
    expect(queue.getSnapshot().filter((e) => e.status === "uploading")).toHaveLength(3);

    calls[1]!.finish({ kind: "created", item: item("m1") });
    await settle();
    expect(calls.map((c) => c.name)).toEqual(["p0.jpg", "p1.jpg", "p2.jpg", "p3.jpg"]);

    for (let i = 0; i < 60 && calls.some((c) => !c.aborted); i++) {
      for (const call of calls.splice(0)) call.finish({ kind: "created", item: item(call.name) });
      await settle();
    }
    expect(queue.getSnapshot().every((e) => e.status === "created")).toBe(true);
  });

  it("reports byte progress and the outcome of each file", async () => {
    const { calls, send } = fakeSender();
    const created: string[] = [];
    const queue = createUploadQueue({ url: "/u", send });
    queue.setHandlers({ onCreated: (media) => created.push(media.id) });
    queue.add([file("a.jpg"), file("b.jpg"), file("c.svg"), file("d.jpg")]);

    calls[0]!.progress(40, 100);
    expect(queue.getSnapshot()[0]).toMatchObject({ status: "uploading", loaded: 40, total: 100 });

    calls[0]!.finish({ kind: "created", item: item("m-a") });
    calls[1]!.finish({ kind: "duplicate", existingId: "m-old", message: "Already there." });
    calls[2]!.finish({
      kind: "refused",
      status: 415,
      code: "unsupported_type",
      message: "SVG files are not accepted.",
    });
    await settle();
    calls[3]!.finish({ kind: "failed", status: 0, message: "The connection was lost." });
    await settle();

    const [a, b, c, d] = queue.getSnapshot();
    expect(created).toEqual(["m-a"]);
    expect(a).toMatchObject({ status: "created", mediaId: "m-a", retryable: false });
    expect(b).toMatchObject({ status: "duplicate", existingId: "m-old", retryable: false });
    expect(c).toMatchObject({ status: "refused", message: "SVG files are not accepted.", retryable: false });
    expect(d).toMatchObject({ status: "failed", retryable: true });
  });

  it("summarises a batch once every file in it has an outcome", async () => {
    const { calls, send } = fakeSender();
    const batches: UploadEntry[][] = [];
    const queue = createUploadQueue({ url: "/u", send });
    queue.setHandlers({ onBatchSettled: (entries) => batches.push(entries) });
    queue.add([file("a.jpg"), file("b.jpg")]);
    calls[0]!.finish({ kind: "created", item: item("1") });
    await settle();
    expect(batches).toHaveLength(0);
    calls[1]!.finish({ kind: "refused", status: 422, code: "invalid", message: "Not an image." });
    await settle();
    expect(batches.map((b) => b.map((e) => e.status))).toEqual([["created", "refused"]]);
  });

  it("cancels a running upload by aborting its request, and a waiting one without sending it", async () => {
    const { calls, send } = fakeSender();
    const queue = createUploadQueue({ url: "/u", send, concurrency: 1 });
    queue.add([file("a.jpg"), file("b.jpg")]);
    queue.cancel(queue.getSnapshot()[1]!.key);
    queue.cancel(queue.getSnapshot()[0]!.key);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.aborted).toBe(true);
    expect(statuses(queue.getSnapshot())).toEqual({ "a.jpg": "cancelled", "b.jpg": "cancelled" });
  });

  it("retries only what may succeed on a second try, as a batch of its own", async () => {
    const { calls, send } = fakeSender();
    const batches: number[] = [];
    const queue = createUploadQueue({ url: "/u", send });
    queue.setHandlers({ onBatchSettled: (entries) => batches.push(entries.length) });
    queue.add([file("lost.jpg"), file("bad.jpg")]);
    calls[0]!.finish({ kind: "failed", status: 503, message: "Try again." });
    calls[1]!.finish({ kind: "refused", status: 415, code: "unsupported_type", message: "No." });
    await settle();
    const [lost, bad] = queue.getSnapshot();

    queue.retry(bad!.key);
    expect(calls).toHaveLength(2);
    queue.retry(lost!.key);
    expect(calls.map((c) => c.name)).toEqual(["lost.jpg", "bad.jpg", "lost.jpg"]);
    calls[2]!.finish({ kind: "created", item: item("m") });
    await settle();
    expect(statuses(queue.getSnapshot())).toEqual({ "lost.jpg": "created", "bad.jpg": "refused" });
    expect(batches).toEqual([2, 1]);
  });

  it("holds back a file over the size limit with a message, and sends it when asked to", async () => {
    const { calls, send } = fakeSender();
    const queue = createUploadQueue({ url: "/u", send, maxFileSize: 1024 * 1024 });
    queue.add([file("huge.jpg", 2 * 1024 * 1024)]);
    const [huge] = queue.getSnapshot();
    expect(calls).toHaveLength(0);
    expect(huge).toMatchObject({
      status: "refused",
      local: true,
      retryable: true,
      message: "Larger than the 1.0 MB limit.",
    });
    queue.retry(huge!.key);
    expect(calls.map((c) => c.name)).toEqual(["huge.jpg"]);
  });
});
