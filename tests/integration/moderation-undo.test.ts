// Undo in the review queue, on the real database: a decision made by mistake is taken back to exactly
// the status before (even APPROVED or REJECTED), the undo is itself history and audit, the public
// follows, and the refusals: another role, another model, a stale undo, someone else's photo.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-undo", { tmpDir: false });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { variantUrl } from "@/lib/media/serve/variant-url";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { decideMedia } from "@/lib/moderation/decide-media";
import { decideMediaMany } from "@/lib/moderation/decide-media-many";
import { undoDecision } from "@/lib/moderation/undo-decision";
import { undoDecisionMany } from "@/lib/moderation/undo-decision-many";
import { getStorage } from "@/lib/storage/get-storage";
import { makeUser } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";
import { checksOf, variantResponse } from "./moderation-flow-helpers";

type Who = "owner" | "admin" | "editor" | "viewer" | "outsider";
const staff = {} as Record<Who, StaffUser>;
let alphaId: string;
let jpeg: Buffer;

beforeAll(async () => {
  for (const role of ["OWNER", "ADMIN", "EDITOR", "VIEWER"] as const) {
    const who = role === "OWNER" ? "owner" : (role.toLowerCase() as Who);
    staff[who] = await makeUser(role);
  }
  staff.outsider = await makeUser("EDITOR", "outsider");
  alphaId = (await createModel(staff.owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  await createModel(staff.owner, { slug: "bravo", displayName: "Bravo" });
  await setModelMembers(staff.owner, "alpha", { userIds: [staff.editor.id, staff.viewer.id] });
  await setModelMembers(staff.owner, "bravo", { userIds: [staff.outsider.id] });
  jpeg = await sharp({ create: { width: 64, height: 43, channels: 3, background: "#8a7a6b" } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

/** A processed photo of Alpha with its variant files on disk. */
async function photo(moderationStatus: ModerationStatus) {
  const item = await seedPhoto(alphaId, { moderationStatus });
  const variants = await db.mediaVariant.findMany({ where: { mediaId: item.id } });
  for (const v of variants) await getStorage().put(v.storageKey, jpeg, { contentType: "image/jpeg" });
  return { id: item.id, urls: variants.map((v) => variantUrl(v.storageKey)) };
}

const statusOf = async (id: string) =>
  (await db.mediaItem.findUniqueOrThrow({ where: { id } })).moderationStatus;
const publicStatuses = async (urls: string[]) => [
  ...new Set(await Promise.all(urls.map(async (url) => (await variantResponse(url)).status))),
];

describe("undoing a decision", () => {
  it("puts a photo approved by mistake back in review, records the undo, and hides it again", async () => {
    const review = await photo("NEEDS_REVIEW");
    const approved = await decideMedia(staff.admin, "alpha", review.id, { decision: "APPROVED" });
    expect(approved.checkId).toEqual(expect.any(String));
    expect(await publicStatuses(review.urls)).toEqual([200]);

    const undone = await undoDecision(staff.admin, "alpha", review.id, approved.checkId!, {
      ip: "203.0.113.9",
    });
    expect(undone.item.moderationStatus).toBe("NEEDS_REVIEW");
    expect(await statusOf(review.id)).toBe("NEEDS_REVIEW");
    expect(await publicStatuses(review.urls)).toEqual([404]);

    const checks = await checksOf(review.id);
    expect(checks.map((c) => [c.previousStatus, c.decision, c.decidedById])).toEqual([
      ["NEEDS_REVIEW", "APPROVED", staff.admin.id],
      ["APPROVED", "NEEDS_REVIEW", staff.admin.id],
    ]);
    expect(checks[1]).toMatchObject({ provider: "human", automatic: false, id: undone.checkId });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: review.id, action: "media.moderate.undo" },
    });
    expect(audit).toMatchObject({ actorId: staff.admin.id, ip: "203.0.113.9" });
    expect(JSON.parse(audit.before!)).toEqual({ moderationStatus: "APPROVED" });
    expect(JSON.parse(audit.after!)).toMatchObject({
      moderationStatus: "NEEDS_REVIEW",
      undoes: approved.checkId,
    });
  });

  it("restores exactly the status before, even APPROVED or REJECTED", async () => {
    const wasApproved = await photo("APPROVED");
    const rejected = await decideMedia(staff.owner, "alpha", wasApproved.id, {
      decision: "REJECTED",
      reason: "Wrong photo",
    });
    expect(await publicStatuses(wasApproved.urls)).toEqual([404]);
    await undoDecision(staff.owner, "alpha", wasApproved.id, rejected.checkId!);
    expect(await statusOf(wasApproved.id)).toBe("APPROVED");
    expect(await publicStatuses(wasApproved.urls)).toEqual([200]);

    const wasRejected = await photo("REJECTED");
    const approved = await decideMedia(staff.owner, "alpha", wasRejected.id, { decision: "APPROVED" });
    await undoDecision(staff.admin, "alpha", wasRejected.id, approved.checkId!);
    expect(await statusOf(wasRejected.id)).toBe("REJECTED");
  });

  it("undoes a bulk decision photo by photo", async () => {
    const a = await photo("NEEDS_REVIEW");
    const b = await photo("NEEDS_REVIEW");
    const outcomes = await decideMediaMany(
      staff.admin,
      [a, b].map((p) => ({ modelSlug: "alpha", mediaId: p.id })),
      { decision: "REJECTED", reason: "Duplicates" },
    );
    const targets = outcomes.map((o) => ({
      modelSlug: "alpha",
      mediaId: o.mediaId,
      checkId: o.ok ? o.checkId! : "",
    }));
    const undone = await undoDecisionMany(staff.admin, targets);
    expect(undone).toEqual([
      { mediaId: a.id, ok: true, status: "NEEDS_REVIEW", changed: true, checkId: expect.any(String) },
      { mediaId: b.id, ok: true, status: "NEEDS_REVIEW", changed: true, checkId: expect.any(String) },
    ]);
    expect([await statusOf(a.id), await statusOf(b.id)]).toEqual(["NEEDS_REVIEW", "NEEDS_REVIEW"]);
  });

  it("lets an editor take back their own send-back, which is theirs to make", async () => {
    const rejected = await photo("REJECTED");
    const sent = await decideMedia(staff.editor, "alpha", rejected.id, { decision: "NEEDS_REVIEW" });
    await undoDecision(staff.editor, "alpha", rejected.id, sent.checkId!);
    expect(await statusOf(rejected.id)).toBe("REJECTED");
  });
});

describe("refusals", () => {
  it("refuses a role that may not make the original decision (403), and changes nothing", async () => {
    const review = await photo("NEEDS_REVIEW");
    const approved = await decideMedia(staff.admin, "alpha", review.id, { decision: "APPROVED" });
    await expect(undoDecision(staff.editor, "alpha", review.id, approved.checkId!)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/Only owners and admins approve or reject/),
    });
    await expect(undoDecision(staff.viewer, "alpha", review.id, approved.checkId!)).rejects.toMatchObject({
      code: "forbidden",
      message: "Viewers have read-only access.",
    });
    expect(await statusOf(review.id)).toBe("APPROVED");
    expect(await checksOf(review.id)).toHaveLength(1);
  });

  it("answers 404 to staff of another model, through any model, and for a decision of another photo", async () => {
    const review = await photo("NEEDS_REVIEW");
    const other = await photo("NEEDS_REVIEW");
    const approved = await decideMedia(staff.owner, "alpha", review.id, { decision: "APPROVED" });
    for (const slug of ["alpha", "bravo"]) {
      await expect(undoDecision(staff.outsider, slug, review.id, approved.checkId!)).rejects.toMatchObject({
        code: "not_found",
      });
    }
    await expect(undoDecision(staff.owner, "alpha", other.id, approved.checkId!)).rejects.toMatchObject({
      code: "not_found",
      message: "Decision not found.",
    });
    expect([await statusOf(review.id), await statusOf(other.id)]).toEqual(["APPROVED", "NEEDS_REVIEW"]);
  });

  it("refuses to undo a machine check (404)", async () => {
    const pending = await photo("APPROVED");
    await db.moderationCheck.create({
      data: { mediaId: pending.id, provider: "local", decision: "APPROVED", previousStatus: "PENDING" },
    });
    const [machine] = await checksOf(pending.id);
    expect(machine?.automatic).toBe(true);
    await expect(undoDecision(staff.owner, "alpha", pending.id, machine!.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a stale undo (409) once the photo has moved on, and a second undo of the same decision", async () => {
    const review = await photo("NEEDS_REVIEW");
    const approved = await decideMedia(staff.admin, "alpha", review.id, { decision: "APPROVED" });
    await decideMedia(staff.owner, "alpha", review.id, { decision: "REJECTED", reason: "On second look" });
    await expect(undoDecision(staff.admin, "alpha", review.id, approved.checkId!)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await statusOf(review.id)).toBe("REJECTED");

    const again = await photo("NEEDS_REVIEW");
    const decided = await decideMedia(staff.admin, "alpha", again.id, { decision: "APPROVED" });
    await undoDecision(staff.admin, "alpha", again.id, decided.checkId!);
    await expect(undoDecision(staff.admin, "alpha", again.id, decided.checkId!)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await statusOf(again.id)).toBe("NEEDS_REVIEW");
    expect(await checksOf(again.id)).toHaveLength(2);
  });
});
