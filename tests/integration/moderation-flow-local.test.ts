// Moderation with the on-device classifier (nsfwjs on tfjs wasm, loaded once for this file) and the
// manual provider: photos uploaded through the real route, processed and moderated by the real
// process-media and moderate-media functions in the embedded executor, then decided by people through
// the real JSON route, with their public variant URLs checked through the real files route.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-local", {
    unset: ["MEDIA_MAX_FILE_SIZE", "MODERATION_PROVIDER"],
  });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { modelPageTag } from "@/lib/gallery/public/cache-tags";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import { startTestExecutor } from "@/tests/helpers/test-executor";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { applyPolicy } from "@/lib/moderation/apply-policy";
import { parseCheckScores } from "@/lib/moderation/check-scores";
import { LOCAL_MODEL_ID } from "@/lib/moderation/providers/local";
import { NSFW_CLASSES } from "@/lib/moderation/schemas";
import { updateModerationPolicy } from "@/lib/moderation/update-moderation-policy";
import { inngest } from "@/lib/jobs/client";
import { mediaProcessed } from "@/lib/jobs/events";
import { clearRevalidations, listRevalidations } from "../helpers/revalidation-log";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";
import { fixture, getItem, storedFiles, upload } from "./media-upload-helpers";
import {
  checksOf,
  decide,
  moderationReaching,
  moderationRunFinished,
  variantResponse,
} from "./moderation-flow-helpers";

let executor: Executor;
let owner: StaffUser;
const cookies = {} as Record<"owner" | "editor", string>;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  const editor = await makeUser("EDITOR");
  for (const [slug, displayName] of [
    ["studio", "Studio"],
    ["strict", "Strict"],
    ["by-hand", "By Hand"],
  ] as const) {
    // Published: what a visitor may fetch is what these tests check.
    await createModel(owner, { slug, displayName, published: true });
    await setModelMembers(owner, slug, { userIds: [editor.id] });
  }
  // Same photos, other rules: nothing is safe enough to approve, anything above zero is rejected.
  await updateModerationPolicy(owner, "strict", { policyApproveBelow: 0, policyRejectAbove: 0 });
  await updateModerationPolicy(owner, "by-hand", {
    policyApproveBelow: 0.15,
    policyRejectAbove: 0.9,
    moderationProvider: "manual",
  });
  cookies.owner = await sessionCookieFor(owner.email);
  cookies.editor = await sessionCookieFor(editor.email);
  executor = await startTestExecutor({ pollIntervalMs: 100, backoffBaseMs: 50 });
});

afterAll(async () => {
  await executor?.stop();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

async function uploadFixture(slug: string, name: string): Promise<MediaDto> {
  const { status, body } = await upload(slug, { name, bytes: await fixture(name) }, cookies.editor);
  expect(body.error).toBeUndefined();
  expect(status).toBe(201);
  return body.item!;
}

const publicUrlsOf = async (slug: string, id: string) => {
  const item = (await getItem(slug, id, cookies.owner)).body;
  expect(item.variants.length).toBeGreaterThan(0);
  return item.variants.filter((v) => v.format !== "AVIF").map((v) => v.url);
};

describe("the local provider", () => {
  it("scores every fixture photo on this machine and lets the model's policy decide", async () => {
    const names = ["door-knocker.jpg", "png-with-gps.png", "orientation-landscape-6.jpg"];
    const uploaded = await Promise.all(names.map((name) => uploadFixture("studio", name)));
    const studio = await db.model.findUniqueOrThrow({ where: { slug: "studio" } });
    for (const { id } of uploaded) {
      await moderationRunFinished(id);
      const item = await db.mediaItem.findUniqueOrThrow({ where: { id } });
      const checks = await checksOf(id);
      expect(checks).toHaveLength(1);
      const [check] = checks;
      const stored = parseCheckScores(check!.scores);
      expect(stored?.model).toBe(LOCAL_MODEL_ID);
      // Every class, each a probability, together one softmax.
      expect(Object.keys(stored!.scores).sort()).toEqual([...NSFW_CLASSES].sort());
      const total = Object.values(stored!.scores).reduce((sum, value) => sum + value, 0);
      expect(total).toBeCloseTo(1, 2);
      const expected = applyPolicy(stored!.scores, studio);
      expect(check).toMatchObject({
        provider: "local",
        attempt: 1,
        automatic: true,
        decidedById: null,
        previousStatus: "PENDING",
        decision: expected.decision,
      });
      expect(check!.reason).toContain(expected.reason);
      expect(item.moderationStatus).toBe(expected.decision);
      // The fixtures are ordinary photos: the default policy approves them.
      expect(item.moderationStatus).toBe("APPROVED");
      expect(item.moderatedAt).not.toBeNull();
    }
    // The moderation copies were private and are gone once decided.
    expect(await storedFiles("moderation")).toEqual([]);
  }, 180_000);

  it("decides the same photo differently under another model's thresholds", async () => {
    const { id } = await uploadFixture("strict", "door-knocker.jpg");
    await moderationRunFinished(id);
    const [check] = await checksOf(id);
    const stored = parseCheckScores(check!.scores)!;
    const strict = applyPolicy(stored.scores, { policyApproveBelow: 0, policyRejectAbove: 0 });
    expect(strict.decision).not.toBe("APPROVED");
    expect(check!.decision).toBe(strict.decision);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id } })).moderationStatus).toBe(strict.decision);
  });
});

describe("reachability follows the decision", () => {
  it("public variant URLs answer 404 until approved, 200 once approved, 404 again once rejected", async () => {
    const { id } = await uploadFixture("strict", "png-with-gps.png");
    await moderationRunFinished(id);
    const machine = await db.mediaItem.findUniqueOrThrow({ where: { id } });
    expect(["REJECTED", "NEEDS_REVIEW"]).toContain(machine.moderationStatus);
    const urls = await publicUrlsOf("strict", id);
    for (const url of urls) {
      expect((await variantResponse(url)).status, url).toBe(404);
      // Staff still see every variant, for review.
      expect((await variantResponse(url, cookies.editor)).status, url).toBe(200);
    }

    clearRevalidations();
    const approved = await decide("strict", id, { decision: "APPROVED" }, cookies.owner);
    expect(approved.status).toBe(200);
    expect(approved.body.item).toMatchObject({ id, moderationStatus: "APPROVED", modelSlug: "strict" });
    for (const url of urls) {
      expect(await variantResponse(url), url).toEqual({
        status: 200,
        // Browsers keep the bytes for good; CDNs ask again after 5 minutes, so a rejection reaches them.
        cacheControl: "public, max-age=31536000, immutable",
        cdnCacheControl: "public, max-age=300, must-revalidate",
      });
    }
    // The photo is in no section, so no section page changes: only the model's page is refreshed.
    expect(listRevalidations().flatMap((r) => r.tags)).toEqual([modelPageTag("strict")]);

    clearRevalidations();
    const rejected = await decide(
      "strict",
      id,
      { decision: "REJECTED", reason: "Not for this site." },
      cookies.owner,
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.item?.moderationStatus).toBe("REJECTED");
    for (const url of urls) {
      expect(await variantResponse(url), url).toEqual({
        status: 404,
        cacheControl: "no-store",
        cdnCacheControl: null,
      });
    }
    expect(listRevalidations().flatMap((r) => r.tags)).toEqual([modelPageTag("strict")]);

    expect((await decide("strict", id, { decision: "APPROVED" }, cookies.owner)).status).toBe(200);
    for (const url of urls) expect((await variantResponse(url)).status, url).toBe(200);

    const people = (await checksOf(id)).filter((c) => !c.automatic);
    expect(people.map((c) => [c.provider, c.previousStatus, c.decision, c.reason, c.decidedById])).toEqual([
      ["human", machine.moderationStatus, "APPROVED", null, owner.id],
      ["human", "APPROVED", "REJECTED", "Not for this site.", owner.id],
      ["human", "REJECTED", "APPROVED", null, owner.id],
    ]);
  }, 120_000);
});

describe("the manual provider", () => {
  it("sends every photo to the review queue without scores, and notifies nobody", async () => {
    const { id } = await uploadFixture("by-hand", "door-knocker.jpg");
    const item = await moderationReaching(id, ["NEEDS_REVIEW", "APPROVED", "REJECTED"]);
    expect(item.moderationStatus).toBe("NEEDS_REVIEW");
    const checks = await checksOf(id);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      provider: "manual",
      decision: "NEEDS_REVIEW",
      automatic: true,
      scores: null,
      reason: "This model's photos are reviewed by a person.",
    });
    expect(await db.notification.count()).toBe(0);
    for (const url of await publicUrlsOf("by-hand", id))
      expect((await variantResponse(url)).status).toBe(404);
  });
});

describe("when the check itself cannot run", () => {
  it("a photo whose moderation copy cannot be made goes to review with the error, and admins are notified", async () => {
    const studio = await db.model.findUniqueOrThrow({ where: { slug: "studio" } });
    // Its original is missing from storage: every retry of the copy step fails the same way.
    const orphan = await seedPhoto(studio.id, { moderationStatus: "PENDING" });
    await inngest.send(
      mediaProcessed.create(
        { mediaId: orphan.id, modelId: studio.id, revision: 1, trigger: "uploaded" },
        { id: `processed-${orphan.id}-1` },
      ),
    );
    const item = await moderationReaching(orphan.id, ["NEEDS_REVIEW", "APPROVED", "REJECTED"]);
    expect(item.moderationStatus).toBe("NEEDS_REVIEW");
    const [check] = await checksOf(orphan.id);
    expect(check).toMatchObject({ provider: "local", attempt: 0, decision: "NEEDS_REVIEW", automatic: true });
    expect(check!.reason).toMatch(/^The automatic check failed \(.*not found.*\); a person must decide\.$/i);
    const notified = await db.notification.findMany({ where: { link: { contains: orphan.id } } });
    expect(notified.map((n) => n.userId)).toEqual([owner.id]);
  });
});
