// Every bulk action through the real route (`POST /api/models/{slug}/media/bulk`), run to the end by the
// real bulk-media function in the embedded executor on MariaDB: by ids and by filter, the refusals, the
// job's progress and cancel routes, and one audit entry per job.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("library-bulk");
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { runBulkChunk } from "@/lib/media/bulk/run-bulk-chunk";
import { startBulkJob } from "@/lib/media/bulk/settle-bulk-job";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import {
  cancelJob,
  getJob,
  jobFinished,
  newId,
  postBulk,
  runBulk,
  seedManyRows,
  seedRows,
  seedStoredPhoto,
} from "./library-bulk-helpers";
import { eventually } from "./jobs-helpers";
import { storedFiles } from "./media-upload-helpers";

let executor: Executor;
const cookies = {} as Record<"owner" | "editor" | "viewer" | "otherEditor", string>;
const users = {} as Record<"owner" | "editor", Awaited<ReturnType<typeof makeUser>>>;
let modelId: string;
let otherModelId: string;

beforeAll(async () => {
  const owner = await makeUser("OWNER");
  const [editor, viewer, otherEditor] = await Promise.all([
    makeUser("EDITOR"),
    makeUser("VIEWER"),
    makeUser("EDITOR", "other-editor"),
  ]);
  users.owner = owner;
  users.editor = editor;
  modelId = (await createModel(owner, { slug: "lib", displayName: "Lib" })).id;
  otherModelId = (await createModel(owner, { slug: "other", displayName: "Other" })).id;
  await setModelMembers(owner, "lib", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "other", { userIds: [otherEditor.id] });
  cookies.owner = await sessionCookieFor(owner.email);
  cookies.editor = await sessionCookieFor(editor.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  cookies.otherEditor = await sessionCookieFor(otherEditor.email);
  executor = await startTestExecutor({ pollIntervalMs: 50, backoffBaseMs: 50 });
}, 120_000);

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

const bulkAudits = (action: string) =>
  db.auditEntry.findMany({ where: { action: `media.bulk.${action}` }, orderBy: { createdAt: "asc" } });

const rowsOf = (ids: string[]) =>
  db.mediaItem.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });

describe("trash and restore", () => {
  test("by ids: the model's photos go to the trash, another model's id fails untouched; one audit entry", async () => {
    const mine = await seedRows(modelId, 2);
    const [foreign] = await seedRows(otherModelId, 1);
    const job = await runBulk("lib", { action: "trash", ids: [...mine, foreign] }, cookies.editor);
    expect(job).toMatchObject({ status: "COMPLETED", action: "trash", total: 3, done: 2, failed: 1 });
    expect(job.errors).toEqual([{ id: foreign, message: "Not a photo of this model." }]);
    for (const row of await rowsOf(mine)) {
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(row.deletedById).toBe(users.editor.id);
    }
    expect((await rowsOf([foreign!]))[0]!.deletedAt).toBeNull();
    // The public pages are refreshed in a step of their own after the chunk that changed them.
    const steps = await db.jobStepLog.findMany({
      where: { run: { eventId: `bulk-${job.id}` } },
      orderBy: { startedAt: "asc" },
    });
    expect(steps.map((s) => s.name)).toEqual(["start", "chunk-0", "revalidate-0", "finish"]);

    const [audit, ...more] = await bulkAudits("trash");
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      actorId: users.editor.id,
      entityType: "BulkJob",
      entityId: job.id,
      modelId,
    });
    expect(JSON.parse(audit!.after!)).toMatchObject({ status: "COMPLETED", done: 2, failed: 1, ids: 3 });
  });

  test("by filter: restore everything in the trash, then trash by a filter and restore by ids", async () => {
    const restored = await runBulk("lib", { action: "restore", filter: { deleted: "1" } }, cookies.editor);
    expect(restored).toMatchObject({ status: "COMPLETED", failed: 0 });
    expect(restored.done).toBeGreaterThanOrEqual(2);
    expect(await db.mediaItem.count({ where: { modelId, deletedAt: { not: null } } })).toBe(0);

    const failed = await seedRows(modelId, 2);
    await db.mediaItem.updateMany({ where: { id: { in: failed } }, data: { status: "FAILED" } });
    const trashed = await runBulk("lib", { action: "trash", filter: { status: "FAILED" } }, cookies.editor);
    expect(trashed).toMatchObject({ status: "COMPLETED", total: 2, done: 2, failed: 0 });
    expect((await rowsOf(failed)).every((row) => row.deletedAt)).toBe(true);
    expect(JSON.parse((await bulkAudits("trash")).at(-1)!.after!).filter).toEqual({ status: "FAILED" });

    const back = await runBulk("lib", { action: "restore", ids: failed }, cookies.editor);
    expect(back).toMatchObject({ done: 2, failed: 0 });
    expect((await rowsOf(failed)).every((row) => row.deletedAt === null)).toBe(true);
  });
});

describe("delete forever", () => {
  test("owners delete trashed photos with their files; a photo not in the trash is refused", async () => {
    const trashed = await seedStoredPhoto(modelId, { deletedAt: new Date() });
    const live = await seedStoredPhoto(modelId);
    const job = await runBulk("lib", { action: "delete", ids: [trashed.id, live.id] }, cookies.owner);
    expect(job).toMatchObject({ status: "COMPLETED", done: 1, failed: 1 });
    expect(job.errors).toEqual([{ id: live.id, message: "Not in the trash." }]);
    expect(await rowsOf([trashed.id])).toEqual([]);
    expect(await rowsOf([live.id])).toHaveLength(1);
    const files = [...(await storedFiles("originals")), ...(await storedFiles("public"))].join("\n");
    expect(files).not.toContain(trashed.id);
    expect(files).toContain(live.id);
  });

  test("by filter: the whole trash", async () => {
    const ids = await seedRows(modelId, 3, { deletedAt: new Date() });
    const job = await runBulk("lib", { action: "delete", filter: { deleted: true } }, cookies.owner);
    expect(job).toMatchObject({ status: "COMPLETED", total: 3, done: 3, failed: 0 });
    expect(await rowsOf(ids)).toEqual([]);
  });

  test("editors may not delete, approve or reject (403), and no job is created", async () => {
    const [id] = await seedRows(modelId, 1);
    for (const action of ["delete", "approve", "reject"]) {
      const { status } = await postBulk("lib", { action, ids: [id] }, cookies.editor);
      expect(status, action).toBe(403);
    }
    expect(
      await db.bulkJob.count({
        where: { action: { in: ["delete", "approve", "reject"] }, actorId: users.editor.id },
      }),
    ).toBe(0);
  });
});

describe("moderation", () => {
  test("approve by filter and reject by ids, each recorded as a human decision", async () => {
    const review = await seedRows(modelId, 3, { moderationStatus: "NEEDS_REVIEW" });
    const approved = await runBulk(
      "lib",
      { action: "approve", filter: { moderation: "NEEDS_REVIEW" } },
      cookies.owner,
    );
    expect(approved).toMatchObject({ status: "COMPLETED", total: 3, done: 3, failed: 0 });
    expect((await rowsOf(review)).map((row) => row.moderationStatus)).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
    ]);
    const checks = await db.moderationCheck.findMany({ where: { mediaId: { in: review } } });
    expect(checks).toHaveLength(3);
    expect(
      checks.every((c) => c.provider === "human" && c.decidedById === users.owner.id && !c.automatic),
    ).toBe(true);

    const rejected = await runBulk(
      "lib",
      { action: "reject", ids: review.slice(0, 2), reason: "blurry" },
      cookies.owner,
    );
    expect(rejected).toMatchObject({ done: 2, failed: 0 });
    const rows = await rowsOf(review.slice(0, 2));
    expect(rows.map((row) => row.moderationStatus)).toEqual(["REJECTED", "REJECTED"]);
    const reasons = await db.moderationCheck.findMany({
      where: { mediaId: { in: review }, decision: "REJECTED" },
    });
    expect(reasons.map((c) => c.reason)).toEqual(["blurry", "blurry"]);
  });
});

describe("categories and tags", () => {
  test("add categories by ids, remove them by filter; categories of another model are refused", async () => {
    const [red, blue] = await Promise.all(
      ["red", "blue"].map((slug) => db.category.create({ data: { modelId, slug, name: slug } })),
    );
    const foreign = await db.category.create({ data: { modelId: otherModelId, slug: "x", name: "X" } });
    const ids = await seedRows(modelId, 3);
    const added = await runBulk(
      "lib",
      { action: "addCategories", ids, categoryIds: [red!.id, blue!.id] },
      cookies.editor,
    );
    expect(added).toMatchObject({ done: 3, failed: 0 });
    // Again: nothing doubles.
    await runBulk("lib", { action: "addCategories", ids, categoryIds: [red!.id] }, cookies.editor);
    expect(await db.mediaCategory.count({ where: { mediaId: { in: ids } } })).toBe(6);

    const removed = await runBulk(
      "lib",
      { action: "removeCategories", filter: { category: red!.id }, categoryIds: [red!.id] },
      cookies.editor,
    );
    expect(removed).toMatchObject({ total: 3, done: 3 });
    expect(await db.mediaCategory.count({ where: { mediaId: { in: ids }, categoryId: red!.id } })).toBe(0);
    expect(await db.mediaCategory.count({ where: { mediaId: { in: ids }, categoryId: blue!.id } })).toBe(3);

    const refused = await postBulk(
      "lib",
      { action: "addCategories", ids, categoryIds: [foreign.id] },
      cookies.editor,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toContain(foreign.id);
  });

  test("add tags by ids (lowercased, into the search text), remove them by filter", async () => {
    const ids = await seedRows(modelId, 2);
    const added = await runBulk("lib", { action: "addTags", ids, tags: ["Beach", "sunset"] }, cookies.editor);
    expect(added).toMatchObject({ done: 2, failed: 0 });
    const tags = await db.mediaTag.findMany({
      where: { mediaId: { in: ids } },
      orderBy: [{ mediaId: "asc" }, { tag: "asc" }],
    });
    expect(tags.map((t) => [t.tag, t.modelId])).toEqual([
      ["beach", modelId],
      ["sunset", modelId],
      ["beach", modelId],
      ["sunset", modelId],
    ]);
    for (const row of await rowsOf(ids)) expect(row.searchText).toContain("beach sunset");

    const removed = await runBulk(
      "lib",
      { action: "removeTags", filter: { tag: "beach" }, tags: ["beach"] },
      cookies.editor,
    );
    expect(removed).toMatchObject({ total: 2, done: 2 });
    expect(await db.mediaTag.count({ where: { mediaId: { in: ids }, tag: "beach" } })).toBe(0);
    for (const row of await rowsOf(ids)) {
      expect(row.searchText).not.toContain("beach");
      expect(row.searchText).toContain("sunset");
    }
  });
});

describe("add to a section", () => {
  test("appends at the end, skips photos already there, refuses photos the public may not see", async () => {
    const section = await db.gallerySection.create({
      data: { modelId, slug: "beach", title: "Beach", published: true },
    });
    const [first, second, third] = await seedRows(modelId, 3);
    const [pending] = await seedRows(modelId, 1, { moderationStatus: "PENDING" });
    await db.galleryItem.create({ data: { sectionId: section.id, mediaId: first!, position: 7 } });

    const job = await runBulk(
      "lib",
      { action: "addToSection", ids: [third, second, first, pending], sectionId: section.id },
      cookies.editor,
    );
    expect(job).toMatchObject({ total: 4, done: 3, failed: 1 });
    expect(job.errors).toEqual([
      { id: pending, message: "Cannot be placed in a gallery: awaiting moderation." },
    ]);
    const items = await db.galleryItem.findMany({
      where: { sectionId: section.id },
      orderBy: { position: "asc" },
    });
    expect(items.map((item) => [item.mediaId, item.position])).toEqual([
      [first, 7],
      ...[second!, third!].sort().map((id, index) => [id, 8 + index]),
    ]);

    // By filter: every public photo of the model, those already there skipped.
    const all = await runBulk(
      "lib",
      { action: "addToSection", filter: { moderation: "APPROVED", status: "READY" }, sectionId: section.id },
      cookies.editor,
    );
    expect(all.errors).toEqual([]);
    expect(all.status).toBe("COMPLETED");
    expect(all.failed).toBe(0);
    const after = await db.galleryItem.count({ where: { sectionId: section.id } });
    expect(after).toBe(
      await db.mediaItem.count({
        where: { modelId, moderationStatus: "APPROVED", status: "READY", deletedAt: null },
      }),
    );

    const otherSection = await db.gallerySection.create({
      data: { modelId: otherModelId, slug: "x", title: "X" },
    });
    const refused = await postBulk(
      "lib",
      { action: "addToSection", ids: [first], sectionId: otherSection.id },
      cookies.editor,
    );
    expect(refused.status).toBe(422);
  });
});

describe("reprocess", () => {
  test("sends one media/reprocess event per photo, keyed by the job; trashed photos fail", async () => {
    const ids = await seedRows(modelId, 2, { moderationStatus: "REJECTED" });
    const [trashed] = await seedRows(modelId, 1, { deletedAt: new Date() });
    const job = await runBulk("lib", { action: "reprocess", ids: [...ids, trashed] }, cookies.editor);
    expect(job).toMatchObject({ done: 2, failed: 1 });
    const events = await db.jobEvent.findMany({
      where: { name: "media/reprocess", id: { startsWith: `reprocess-${job.id}-` } },
    });
    expect(events.map((event) => event.id).sort()).toEqual(
      ids.map((id) => `reprocess-${job.id}-${id}`).sort(),
    );
    // Processing those fake rows is not this test's business.
    await db.mediaItem.deleteMany({ where: { id: { in: ids } } });
  });
});

describe("refusals", () => {
  const actions = [
    { action: "trash" },
    { action: "restore" },
    { action: "delete" },
    { action: "approve" },
    { action: "reject" },
    { action: "addCategories", categoryIds: ["c0000000000000000000000000"] },
    { action: "removeCategories", categoryIds: ["c0000000000000000000000000"] },
    { action: "addTags", tags: ["a"] },
    { action: "removeTags", tags: ["a"] },
    { action: "addToSection", sectionId: "c0000000000000000000000000" },
    { action: "reprocess" },
  ];

  test("viewers get 403 and staff of other models 404 for every action; signed out 401", async () => {
    const [id] = await seedRows(modelId, 1);
    const before = await db.bulkJob.count();
    for (const body of actions) {
      expect((await postBulk("lib", { ...body, ids: [id] }, cookies.viewer)).status, body.action).toBe(403);
      expect((await postBulk("lib", { ...body, ids: [id] }, cookies.otherEditor)).status, body.action).toBe(
        404,
      );
    }
    expect((await postBulk("lib", { action: "trash", ids: [id] })).status).toBe(401);
    expect(await db.bulkJob.count()).toBe(before);
  });

  test("malformed input is 422 and leaves no BulkJob row", async () => {
    const [id] = await seedRows(modelId, 1);
    const before = await db.bulkJob.count();
    const bad = [
      { action: "trash", filter: { colour: "red" } },
      { action: "trash", filter: { status: "SHINY" } },
      { action: "trash", filter: { from: "yesterday" } },
      { action: "trash", filter: "status=READY" },
      { action: "trash" },
      { action: "trash", ids: [id], filter: {} },
      { action: "trash", ids: [] },
      { action: "trash", ids: ["../etc"] },
      { action: "trash", ids: [id], extra: 1 },
      { action: "burn", ids: [id] },
      { action: "addTags", ids: [id] },
      { action: "addTags", ids: [id], tags: [""] },
      { action: "trash", ids: Array.from({ length: 10_001 }, newId) },
    ];
    for (const body of bad) {
      const { status, body: answer } = await postBulk("lib", body, cookies.owner);
      expect(status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(answer.error?.code).toBe("invalid");
    }
    expect(await db.bulkJob.count()).toBe(before);
  });
});

describe("jobs", () => {
  test("GET /api/jobs/{id}: the fields, and 404 outside the job's model scope", async () => {
    const [id] = await seedRows(modelId, 1);
    const posted = await postBulk("lib", { action: "addTags", ids: [id], tags: ["x"] }, cookies.editor);
    expect(posted.status).toBe(202);
    expect(posted.body.job).toEqual({ id: expect.any(String), status: "QUEUED", total: 1 });
    const job = await jobFinished(posted.body.job.id, cookies.editor);
    expect(job).toEqual({
      id: posted.body.job.id,
      status: "COMPLETED",
      action: "addTags",
      done: 1,
      total: 1,
      failed: 0,
      errors: [],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect((await getJob(job.id, cookies.viewer)).status).toBe(200);
    expect((await getJob(job.id, cookies.otherEditor)).status).toBe(404);
    expect((await getJob("cnotajob000000000000000", cookies.owner)).status).toBe(404);
    expect((await getJob(job.id)).status).toBe(401);
    // A finished job cannot be cancelled.
    expect((await cancelJob(job.id, cookies.editor)).status).toBe(409);
  });

  /** Posts a job and runs its first chunk by hand while the executor is stopped, then asks to cancel. */
  async function cancelWhileAway(): Promise<string> {
    const ids = await seedRows(modelId, 1200);
    const posted = await postBulk("lib", { action: "addTags", ids, tags: ["cancelled"] }, cookies.editor);
    expect(posted.body.job.total).toBe(1200);
    const jobId = posted.body.job.id;
    // The first chunk runs (as the job's first step would) while the executor is away.
    await startBulkJob(jobId);
    expect(await runBulkChunk(jobId, null)).toEqual({
      stop: null,
      last: [...ids].sort()[499],
      publicChanged: false,
    });

    expect((await cancelJob(jobId, cookies.viewer)).status).toBe(403);
    expect((await cancelJob(jobId, cookies.otherEditor)).status).toBe(404);
    const cancelled = await cancelJob(jobId, cookies.editor);
    expect(cancelled.status).toBe(202);
    expect(cancelled.body.job).toMatchObject({ id: jobId, status: "RUNNING", done: 500 });
    return jobId;
  }

  test("cancel: a job stops before its next chunk, keeping what it did", async () => {
    await executor.stop();
    let jobId: string;
    try {
      jobId = await cancelWhileAway();
    } finally {
      executor = await startTestExecutor({ pollIntervalMs: 50, backoffBaseMs: 50 });
    }
    const job = await jobFinished(jobId, cookies.editor);
    expect(job).toMatchObject({ status: "CANCELLED", done: 500, total: 1200, failed: 0 });
    expect(await db.mediaTag.count({ where: { tag: "cancelled" } })).toBe(500);
    const [audit] = await bulkAudits("addTags").then((entries) =>
      entries.filter((e) => e.entityId === jobId),
    );
    expect(JSON.parse(audit!.after!)).toMatchObject({ status: "CANCELLED", done: 500, total: 1200 });
  });

  test("add a category to 10,000 photos chosen by filter, in chunks, with progress", async () => {
    const big = await createModel(users.owner, { slug: "big", displayName: "Big" });
    await seedManyRows(big.id, 10_000);
    const category = await db.category.create({ data: { modelId: big.id, slug: "all", name: "All" } });
    const posted = await postBulk(
      "big",
      { action: "addCategories", filter: {}, categoryIds: [category.id] },
      cookies.owner,
    );
    expect(posted.body.job.total).toBe(10_000);
    // Progress moves by whole chunks of 500.
    const seen = new Set<number>();
    const job = await eventually(
      async () => {
        const { body } = await getJob(posted.body.job.id, cookies.owner);
        seen.add(body.job.done);
        return body.job.finishedAt ? body.job : null;
      },
      "the 10,000-photo job to finish",
      120_000,
    );
    expect([...seen].every((done) => done % 500 === 0)).toBe(true);
    expect(job).toMatchObject({ status: "COMPLETED", done: 10_000, failed: 0 });
    expect(await db.mediaCategory.count({ where: { categoryId: category.id } })).toBe(10_000);
    const steps = await db.jobStepLog.count({
      where: { run: { eventId: `bulk-${job.id}` }, name: { startsWith: "chunk-" } },
    });
    // 20 chunks of 500, then one that finds nothing more.
    expect(steps).toBe(21);
  }, 180_000);
});
