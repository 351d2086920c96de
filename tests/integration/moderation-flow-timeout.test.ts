// The http moderation provider when the provider never calls back: every attempt's wait times out,
// the job is submitted again, and after the last attempt the photo goes to the review queue and the
// admins are notified. The external API is the REFERENCE MODERATION SERVICE
// (tools/moderation-reference), a local stand-in for a remote service we cannot reach, talking to the
// app's real route handlers over HTTP. Short timeouts and two attempts keep this file quick.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const env = await vi.hoisted(async () => {
  const { isolateEnv, moderationHttpEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-timeout", {
    unset: ["MEDIA_MAX_FILE_SIZE"],
    set: {
      // A provider that never answers: each wait gives up after 3 s, and there are two attempts in all.
      MODERATION_TIMEOUT: "3s",
      MODERATION_MAX_ATTEMPTS: "2",
      MODERATION_RETRY_BASE_MS: "50",
      // The photos of this file are judged remotely; the on-device classifier is never loaded.
      MODERATION_PROVIDER: "http",
    },
  });
  return moderationHttpEnv();
});

import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { signWebhook } from "@/lib/moderation/sign-webhook";
import type { ModerationCallback } from "@/lib/moderation/schemas";
import {
  SAFE_SCORES,
  startReferenceModerationService,
  type ReferenceModerationService,
} from "@/tools/moderation-reference/server";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { fixture, upload } from "./media-upload-helpers";
import { checksOf, moderationRunFinished, startAppStandIn, stopHttpFlow } from "./moderation-flow-helpers";

let executor: Executor;
let reference: ReferenceModerationService;
let app: { origin: string; close(): Promise<void> };
const staff = {} as Record<"owner" | "admin" | "disabledAdmin" | "editor" | "viewer", StaffUser>;
let editorCookie: string;

beforeAll(async () => {
  staff.owner = await makeUser("OWNER");
  staff.admin = await makeUser("ADMIN");
  staff.disabledAdmin = await makeUser("ADMIN", "gone");
  await db.user.update({ where: { id: staff.disabledAdmin.id }, data: { disabled: true } });
  staff.editor = await makeUser("EDITOR");
  staff.viewer = await makeUser("VIEWER");
  await createModel(staff.owner, { slug: "silent", displayName: "Silent" });
  await setModelMembers(staff.owner, "silent", { userIds: [staff.editor.id, staff.viewer.id] });
  editorCookie = await sessionCookieFor(staff.editor.email);
  app = await startAppStandIn(env.appPort);
  reference = await startReferenceModerationService({
    apiKey: env.apiKey,
    secret: env.secret,
    port: env.referencePort,
    behaviour: { neverCallBack: true },
  });
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });
});

afterAll(() => stopHttpFlow({ executor, reference, app }));

async function uploadFixture(name: string) {
  const { status, body } = await upload("silent", { name, bytes: await fixture(name) }, editorCookie);
  expect(status).toBe(201);
  return body.item!;
}

describe("a provider that never answers", () => {
  it("ends in NEEDS_REVIEW after the last attempt, with the reason, and notifies every active owner and admin", async () => {
    const { id } = await uploadFixture("door-knocker.jpg");
    const run = await moderationRunFinished(id);
    expect(run.status).toBe("COMPLETED");
    const item = await db.mediaItem.findUniqueOrThrow({ where: { id } });
    expect(item.moderationStatus).toBe("NEEDS_REVIEW");

    // Asked twice (the wait timed out once in between), never answered.
    expect(reference.jobs.filter((job) => job.imageUrl.includes(id))).toHaveLength(2);
    const checks = await checksOf(id);
    expect(checks.map((c) => [c.attempt, c.provider, c.decision])).toEqual([
      [1, "http", null],
      [2, "http", "NEEDS_REVIEW"],
    ]);
    expect(checks[0]!.reason).toBe("Attempt 1: the moderation API did not call back within 3 s.");
    expect(checks[1]!.reason).toBe(
      "The automatic check gave up after 2 attempts. Last error: Attempt 2: the moderation API did not call back within 3 s.",
    );

    const notifications = await db.notification.findMany({ where: { link: { contains: id } } });
    expect(notifications.map((n) => n.userId).sort()).toEqual([staff.owner.id, staff.admin.id].sort());
    for (const notification of notifications) {
      expect(notification).toMatchObject({
        type: "moderation.needs_review",
        title: "door-knocker.jpg (Silent) needs review",
        body: checks[1]!.reason,
        link: `/admin/moderation?model=silent&media=${id}`,
        readAt: null,
      });
    }
  }, 90_000);

  it("a late answer to a timed-out attempt still decides the photo", async () => {
    // The answer to the first job arrives once its wait has timed out and the photo is being submitted
    // again: the stand-in holds that second submission until the app has taken the late answer, so no
    // clock decides whether it lands before the second wait runs out.
    let lateAnswer: number | undefined;
    reference.beforeAccepting = async (job) => {
      const photo = new URL(job.imageUrl).pathname;
      const earlier = reference.jobs.find((j) => j !== job && new URL(j.imageUrl).pathname === photo);
      if (!earlier) return;
      const body = JSON.stringify({
        type: "moderation.completed",
        timestamp: new Date().toISOString(),
        data: { id: earlier.id, jobId: earlier.jobId, model: "reference-stand-in/1", scores: SAFE_SCORES },
      } satisfies ModerationCallback);
      const response = await fetch(earlier.callbackUrl, {
        method: "POST",
        headers: { ...signWebhook({ body, secret: env.secret }), "content-type": "application/json" },
        body,
      });
      lateAnswer = response.status;
    };
    const { id } = await uploadFixture("png-with-gps.png");

    await moderationRunFinished(id);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id } })).moderationStatus).toBe("APPROVED");
    const checks = await checksOf(id);
    expect(checks.map((c) => [c.attempt, c.decision])).toEqual([
      [1, "APPROVED"],
      [2, null],
    ]);
    expect(await db.notification.count({ where: { link: { contains: id } } })).toBe(0);
    expect(lateAnswer).toBe(200);
    expect(reference.jobs.filter((job) => job.imageUrl.includes(id))).toHaveLength(2);
  }, 90_000);
});
