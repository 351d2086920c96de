// The http moderation provider end to end. The external moderation API is the REFERENCE MODERATION
// SERVICE (tools/moderation-reference), a local stand-in for a remote service we cannot reach; it
// talks to the app's real route handlers (signed copy, webhook) over HTTP through a small node:http
// server. Photos are uploaded through the real route and processed and moderated by the real
// functions in the embedded executor, on MariaDB and real files.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const env = await vi.hoisted(async () => {
  const { isolateEnv, moderationHttpEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-http", {
    unset: ["MEDIA_MAX_FILE_SIZE", "MODERATION_MAX_ATTEMPTS"],
    set: {
      // Never reached when all goes well. A callback whose event came before the wait began is found on
      // its row after the first 10 s slice, still without a second submission (the tests check that).
      MODERATION_TIMEOUT: "10m",
      MODERATION_RETRY_BASE_MS: "50",
      // The photos of this file are judged remotely; the on-device classifier is never loaded.
      MODERATION_PROVIDER: "http",
    },
  });
  return moderationHttpEnv();
});

import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { parseCheckScores } from "@/lib/moderation/check-scores";
import type { ClassScores } from "@/lib/moderation/schemas";
import {
  REFERENCE_MODEL,
  SAFE_SCORES,
  startReferenceModerationService,
  type ReferenceModerationService,
} from "@/tools/moderation-reference/server";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { fixture, getItem, upload } from "./media-upload-helpers";
import {
  checksOf,
  moderationRunFinished,
  startAppStandIn,
  stopHttpFlow,
  variantResponse,
} from "./moderation-flow-helpers";

const EXPLICIT: ClassScores = { Drawing: 0.01, Hentai: 0.02, Neutral: 0.01, Porn: 0.93, Sexy: 0.03 };

let executor: Executor;
let reference: ReferenceModerationService;
let app: { origin: string; close(): Promise<void> };
let owner: StaffUser;
let editorCookie: string;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const editor = await makeUser("EDITOR");
  await createModel(owner, { slug: "remote", displayName: "Remote", published: true });
  await setModelMembers(owner, "remote", { userIds: [editor.id] });
  editorCookie = await sessionCookieFor(editor.email);
  app = await startAppStandIn(env.appPort);
  reference = await startReferenceModerationService({
    apiKey: env.apiKey,
    secret: env.secret,
    port: env.referencePort,
    // A provider answers after a moment, as real ones do; the test below makes it answer at once.
    delayMs: 500,
  });
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });
});

afterAll(() => stopHttpFlow({ executor, reference, app }));

beforeEach(() => {
  reference.setBehaviour({});
  reference.submissions.length = 0;
  reference.jobs.length = 0;
  reference.deliveries.length = 0;
});

async function uploadFixture(name: string): Promise<MediaDto> {
  const { status, body } = await upload("remote", { name, bytes: await fixture(name) }, editorCookie);
  expect(body.error).toBeUndefined();
  expect(status).toBe(201);
  return body.item!;
}

async function decidedItem(id: string) {
  const run = await moderationRunFinished(id);
  expect(run.status).toBe("COMPLETED");
  return db.mediaItem.findUniqueOrThrow({ where: { id } });
}

const publicStatuses = async (id: string) => {
  const item = (await getItem("remote", id, editorCookie)).body;
  const urls = item.variants.filter((v) => v.format !== "AVIF").map((v) => v.url);
  expect(urls.length).toBeGreaterThan(0);
  return [...new Set(await Promise.all(urls.map(async (url) => (await variantResponse(url)).status)))];
};

describe("the http provider with the reference service", { timeout: 120_000 }, () => {
  it("a normal round trip approves: signed copy fetched, signed callback verified, decision recorded", async () => {
    const original = await fixture("door-knocker.jpg");
    const { id } = await uploadFixture("door-knocker.jpg");
    const item = await decidedItem(id);
    expect(item.moderationStatus).toBe("APPROVED");

    expect(reference.submissions.map((s) => [s.authorized, s.status])).toEqual([[true, 202]]);
    const [job] = reference.jobs;
    // The provider fetched the private moderation copy through the short-lived signed URL: a JPEG, not the original.
    expect(job!.imageUrl.startsWith(`http://127.0.0.1:${env.appPort}/api/moderation/copies/${id}/1?`)).toBe(
      true,
    );
    expect(new URL(job!.imageUrl).searchParams.get("signature")).toBeTruthy();
    expect(job!.image).toMatchObject({ status: 200, contentType: "image/jpeg" });
    expect(job!.image.bytes).toBeGreaterThan(0);
    expect(job!.image.bytes).not.toBe(original.length);
    expect(job!.callbackUrl).toBe(`http://127.0.0.1:${env.appPort}/api/moderation/webhook`);
    expect(reference.deliveries.map((d) => d.status)).toEqual([200]);

    const checks = await checksOf(id);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      id: job!.jobId,
      provider: "http",
      attempt: 1,
      externalId: job!.id,
      decision: "APPROVED",
      previousStatus: "PENDING",
      automatic: true,
    });
    expect(parseCheckScores(checks[0]!.scores)).toEqual({ model: REFERENCE_MODEL, scores: SAFE_SCORES });
    expect(checks[0]!.reason).toMatch(
      /^Approved automatically: unsafe score 0\.00\d .*Model: reference-stand-in\/1\.$/,
    );
    expect(await publicStatuses(id)).toEqual([200]);

    // The copy is gone once decided, and its URL never worked without the signature.
    const unsigned = new URL(job!.imageUrl);
    unsigned.searchParams.delete("signature");
    expect((await fetch(unsigned)).status).toBe(403);
    expect((await fetch(job!.imageUrl)).status).toBe(404);
  });

  it("a provider that fails 3 times and then succeeds ends approved with 4 attempts recorded", async () => {
    reference.setBehaviour({ failTimes: 3, failStatus: 500 });
    const { id } = await uploadFixture("png-with-gps.png");
    expect((await decidedItem(id)).moderationStatus).toBe("APPROVED");

    expect(reference.submissions.map((s) => s.status)).toEqual([500, 500, 500, 202]);
    const checks = await checksOf(id);
    expect(checks.map((c) => [c.attempt, c.provider, c.decision])).toEqual([
      [1, "http", null],
      [2, "http", null],
      [3, "http", null],
      [4, "http", "APPROVED"],
    ]);
    for (const failed of checks.slice(0, 3)) expect(failed.reason).toMatch(/refused the job with HTTP 500/);
    expect(checks[3]!.externalId).toBe(reference.jobs[0]!.id);
    expect(await db.notification.count()).toBe(0);
  });

  it("a callback that arrives before the submission is even answered still ends consistent", async () => {
    reference.setBehaviour({ callBackBeforeAccepting: true });
    const { id } = await uploadFixture("orientation-landscape-3.jpg");
    const item = await decidedItem(id);
    expect(item.moderationStatus).toBe("APPROVED");
    // One job, one callback, one decision: nothing waited for a callback that had come already.
    expect(reference.submissions).toHaveLength(1);
    expect(reference.deliveries.map((d) => d.status)).toEqual([200]);
    const checks = await checksOf(id);
    expect(checks.map((c) => [c.attempt, c.decision, c.externalId])).toEqual([
      [1, "APPROVED", reference.jobs[0]!.id],
    ]);
    expect(
      await db.jobEvent.count({ where: { name: "moderation/callback.received", payload: { contains: id } } }),
    ).toBe(1);
  });

  it("a callback delivered twice with the same webhook-id decides once", async () => {
    reference.setBehaviour({ deliverTwice: true });
    const { id } = await uploadFixture("orientation-landscape-4.jpg");
    expect((await decidedItem(id)).moderationStatus).toBe("APPROVED");
    const deliveries = await reference.waitForDeliveries(2);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(deliveries[0]!.webhookId).toBe(deliveries[1]!.webhookId);
    expect(await db.webhookReceipt.count({ where: { id: deliveries[0]!.webhookId } })).toBe(1);
    expect((await checksOf(id)).map((c) => c.decision)).toEqual(["APPROVED"]);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "media.moderation.automatic" } })).toBe(
      1,
    );
  });

  it("scores above the rejection threshold reject the photo, and its public URLs answer 404", async () => {
    reference.setBehaviour({ scores: EXPLICIT });
    const { id } = await uploadFixture("orientation-landscape-5.jpg");
    expect((await decidedItem(id)).moderationStatus).toBe("REJECTED");
    const [check] = await checksOf(id);
    expect(check!.reason).toMatch(/^Rejected automatically: unsafe score 0\.9\d\d /);
    expect(await publicStatuses(id)).toEqual([404]);
  });

  it("a permanent refusal (HTTP 400) goes to review at once, with the reason, and admins are notified", async () => {
    const admin = await makeUser("ADMIN");
    reference.setBehaviour({ failTimes: 1, failStatus: 400 });
    const { id } = await uploadFixture("irvine.avif");
    expect((await decidedItem(id)).moderationStatus).toBe("NEEDS_REVIEW");
    expect(reference.submissions.map((s) => s.status)).toEqual([400]);
    const checks = await checksOf(id);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ decision: "NEEDS_REVIEW", attempt: 1 });
    expect(checks[0]!.reason).toMatch(/cannot work for this photo: Attempt 1: .*HTTP 400/);
    const notified = await db.notification.findMany({ where: { link: { contains: id } } });
    expect(notified.map((n) => n.userId).sort()).toEqual([owner.id, admin.id].sort());
  });
});
