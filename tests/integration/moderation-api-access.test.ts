// Decisions by people, through the real JSON route (POST/GET /api/models/{slug}/media/{id}/moderation)
// with real session cookies, and through the domain functions the review queue uses: who may decide
// what, what each decision records, and what the public can reach afterwards. Photos are seeded
// straight into the database with real (tiny) variant files on disk; the pipeline has its own tests.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-api", { tmpDir: false });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { GET as historyRoute } from "@/app/api/models/[slug]/media/[id]/moderation/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { addSectionItems } from "@/lib/gallery/sections/add-section-items";
import { modelPageTag, sectionTag } from "@/lib/gallery/public/cache-tags";
import { createSection } from "@/lib/gallery/sections/create-section";
import { getPublicSection } from "@/lib/gallery/public/get-public-section";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import { variantUrl } from "@/lib/media/serve/variant-url";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { applyMachineDecision } from "@/lib/moderation/apply-machine-decision";
import { decideMediaMany } from "@/lib/moderation/decide-media-many";
import { listReviewQueue } from "@/lib/moderation/list-review-queue";
import type { ModerationHistory } from "@/lib/moderation/get-moderation-history";
import { updateModerationPolicy } from "@/lib/moderation/update-moderation-policy";
import { getStorage } from "@/lib/storage/get-storage";
import { clearRevalidations, listRevalidations } from "../helpers/revalidation-log";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";
import { checksOf, decide, variantResponse } from "./moderation-flow-helpers";

type Who = "owner" | "admin" | "editor" | "viewer" | "outsider";
const staff = {} as Record<Who, StaffUser>;
const cookies = {} as Record<Who, string>;
let alphaId: string;
let bravoId: string;
let jpeg: Buffer;

beforeAll(async () => {
  for (const role of ["OWNER", "ADMIN", "EDITOR", "VIEWER"] as const) {
    const who = role === "OWNER" ? "owner" : (role.toLowerCase() as Who);
    staff[who] = await makeUser(role);
  }
  staff.outsider = await makeUser("EDITOR", "outsider");
  alphaId = (await createModel(staff.owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  bravoId = (await createModel(staff.owner, { slug: "bravo", displayName: "Bravo" })).id;
  await setModelMembers(staff.owner, "alpha", { userIds: [staff.editor.id, staff.viewer.id] });
  await setModelMembers(staff.owner, "bravo", { userIds: [staff.outsider.id] });
  for (const who of Object.keys(staff) as Who[]) cookies[who] = await sessionCookieFor(staff[who].email);
  jpeg = await sharp({ create: { width: 64, height: 43, channels: 3, background: "#8a7a6b" } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

beforeEach(() => clearRevalidations());

/** A processed photo with its variant files on disk. */
async function photo(modelId: string, moderationStatus: ModerationStatus) {
  const item = await seedPhoto(modelId, { moderationStatus });
  const variants = await db.mediaVariant.findMany({ where: { mediaId: item.id } });
  for (const v of variants) await getStorage().put(v.storageKey, jpeg, { contentType: "image/jpeg" });
  return { id: item.id, urls: variants.map((v) => variantUrl(v.storageKey)) };
}

const statusOf = async (id: string) =>
  (await db.mediaItem.findUniqueOrThrow({ where: { id } })).moderationStatus;
const publicStatuses = async (urls: string[]) => [
  ...new Set(await Promise.all(urls.map(async (url) => (await variantResponse(url)).status))),
];

async function history(slug: string, id: string, cookie?: string) {
  const response = await historyRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}/moderation`, { headers: cookie ? { cookie } : {} }),
    { params: Promise.resolve({ slug, id }) },
  );
  return { status: response.status, body: (await response.json()) as ModerationHistory };
}

describe("who may decide", () => {
  it("refuses editors approving or rejecting (403) and changes nothing", async () => {
    const review = await photo(alphaId, "NEEDS_REVIEW");
    for (const decision of ["APPROVED", "REJECTED"]) {
      const response = await decide("alpha", review.id, { decision }, cookies.editor);
      expect(response.status).toBe(403);
      expect(response.body.error?.message).toMatch(/Only owners and admins approve or reject/);
    }
    expect(await statusOf(review.id)).toBe("NEEDS_REVIEW");
    expect(await checksOf(review.id)).toEqual([]);
    expect(await publicStatuses(review.urls)).toEqual([404]);
  });

  it("refuses viewers everything (403), even sending a rejected photo back", async () => {
    const rejected = await photo(alphaId, "REJECTED");
    for (const decision of ["APPROVED", "REJECTED", "NEEDS_REVIEW"]) {
      const response = await decide("alpha", rejected.id, { decision }, cookies.viewer);
      expect(response.status).toBe(403);
      expect(response.body.error?.message).toBe("Viewers have read-only access.");
    }
    expect(await statusOf(rejected.id)).toBe("REJECTED");
    expect(await checksOf(rejected.id)).toEqual([]);
  });

  it("answers 404 to staff of another model (deciding and reading the history), 401 when signed out", async () => {
    const review = await photo(alphaId, "NEEDS_REVIEW");
    const refused = await decide("alpha", review.id, { decision: "APPROVED" }, cookies.outsider);
    expect(refused.status).toBe(404);
    expect((await history("alpha", review.id, cookies.outsider)).status).toBe(404);
    // Nor through a model the outsider does belong to.
    expect((await decide("bravo", review.id, { decision: "APPROVED" }, cookies.outsider)).status).toBe(404);
    expect((await decide("alpha", review.id, { decision: "APPROVED" })).status).toBe(401);
    expect(await statusOf(review.id)).toBe("NEEDS_REVIEW");
  });

  it("answers 422 to a decision people cannot make or a body that is not one", async () => {
    const review = await photo(alphaId, "NEEDS_REVIEW");
    for (const body of [
      { decision: "PENDING" },
      {},
      { decision: "APPROVED", reason: "x".repeat(1001) },
      "nope",
    ]) {
      expect((await decide("alpha", review.id, body, cookies.owner)).status).toBe(422);
    }
    expect(await statusOf(review.id)).toBe("NEEDS_REVIEW");
  });

  it("lets an editor send a rejected photo back for review, and nothing else", async () => {
    const rejected = await photo(alphaId, "REJECTED");
    const response = await decide(
      "alpha",
      rejected.id,
      { decision: "NEEDS_REVIEW", reason: "Cropped the logo out; please look again." },
      cookies.editor,
    );
    expect(response.status).toBe(200);
    expect(response.body.item?.moderationStatus).toBe("NEEDS_REVIEW");
    const again = await decide("alpha", rejected.id, { decision: "NEEDS_REVIEW" }, cookies.editor);
    expect(again.status).toBe(403);
    expect(again.body.error?.message).toBe("Editors can send only a rejected photo back for review.");
    const [check] = await checksOf(rejected.id);
    expect(check).toMatchObject({
      provider: "human",
      automatic: false,
      decidedById: staff.editor.id,
      previousStatus: "REJECTED",
      decision: "NEEDS_REVIEW",
      reason: "Cropped the logo out; please look again.",
    });
  });
});

describe("decisions and what the public sees", () => {
  it("rejecting a published photo removes it from the public section and its variant URLs answer 404", async () => {
    const shown = await photo(alphaId, "APPROVED");
    const neighbour = await photo(alphaId, "APPROVED");
    await createSection(staff.owner, "alpha", { slug: "portfolio", title: "Portfolio", published: true });
    await addSectionItems(staff.owner, "alpha", "portfolio", { mediaIds: [shown.id, neighbour.id] });
    expect((await getPublicSection("alpha", "portfolio"))?.photos.map((p) => p.id)).toEqual([
      shown.id,
      neighbour.id,
    ]);
    expect(await publicStatuses(shown.urls)).toEqual([200]);
    clearRevalidations();

    const response = await decide(
      "alpha",
      shown.id,
      { decision: "REJECTED", reason: "Model asked us to remove it." },
      cookies.admin,
    );
    expect(response.status).toBe(200);
    expect(response.body.item).toMatchObject({ id: shown.id, moderationStatus: "REJECTED" });
    expect(await publicStatuses(shown.urls)).toEqual([404]);
    expect((await getPublicSection("alpha", "portfolio"))?.photos.map((p) => p.id)).toEqual([neighbour.id]);
    // Exactly the pages that show the photo: its section and the model's page (counts, covers).
    expect(listRevalidations().flatMap((r) => r.tags)).toEqual([
      modelPageTag("alpha"),
      sectionTag("alpha", "portfolio"),
    ]);
    // Staff still reach the files, to review them.
    expect((await variantResponse(shown.urls[0]!, cookies.editor)).status).toBe(200);

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: shown.id, action: "media.moderate" },
    });
    expect(audit.actorId).toBe(staff.admin.id);
    expect(JSON.parse(audit.before!)).toEqual({ moderationStatus: "APPROVED" });
    expect(JSON.parse(audit.after!)).toEqual({
      moderationStatus: "REJECTED",
      reason: "Model asked us to remove it.",
    });

    clearRevalidations();
    expect((await decide("alpha", shown.id, { decision: "APPROVED" }, cookies.owner)).status).toBe(200);
    expect(await publicStatuses(shown.urls)).toEqual([200]);
    expect((await getPublicSection("alpha", "portfolio"))?.photos.map((p) => p.id)).toEqual([
      shown.id,
      neighbour.id,
    ]);
    expect(listRevalidations().flatMap((r) => r.tags)).toEqual([
      modelPageTag("alpha"),
      sectionTag("alpha", "portfolio"),
    ]);
  });

  it("records every decision in the photo's history, newest first, and a repeat decides nothing", async () => {
    const item = await photo(alphaId, "NEEDS_REVIEW");
    await decide("alpha", item.id, { decision: "REJECTED", reason: "Blurry." }, cookies.admin);
    await decide("alpha", item.id, { decision: "NEEDS_REVIEW", reason: "Sharper now?" }, cookies.editor);
    await decide("alpha", item.id, { decision: "APPROVED", reason: "  " }, cookies.owner);
    const repeat = await decide("alpha", item.id, { decision: "APPROVED" }, cookies.owner);
    expect(repeat.status).toBe(200);

    const { status, body } = await history("alpha", item.id, cookies.viewer);
    expect(status).toBe(200);
    expect(body.moderationStatus).toBe("APPROVED");
    expect(
      body.checks.map((c) => [
        c.decidedBy?.id,
        c.previousStatus,
        c.decision,
        c.reason,
        c.automatic,
        c.provider,
      ]),
    ).toEqual([
      [staff.owner.id, "NEEDS_REVIEW", "APPROVED", null, false, "human"],
      [staff.editor.id, "REJECTED", "NEEDS_REVIEW", "Sharper now?", false, "human"],
      [staff.admin.id, "NEEDS_REVIEW", "REJECTED", "Blurry.", false, "human"],
    ]);
  });

  it("a machine decision that arrives after a person decided is kept in the history but not applied", async () => {
    const item = await photo(alphaId, "PENDING");
    await decide("alpha", item.id, { decision: "REJECTED", reason: "Not ours." }, cookies.owner);
    const outcome = await applyMachineDecision({
      checkId: "mc-late-machine-decision",
      mediaId: item.id,
      revision: 1,
      provider: "local",
      attempt: 1,
      decision: "APPROVED",
      reason: "Approved automatically: unsafe score 0.001.",
    });
    expect(outcome).toEqual({ applied: false, reason: "the photo was rejected meanwhile" });
    expect(await statusOf(item.id)).toBe("REJECTED");
    const late = await db.moderationCheck.findUniqueOrThrow({ where: { id: "mc-late-machine-decision" } });
    expect(late.decision).toBeNull();
    expect(late.reason).toBe(
      "Approved automatically: unsafe score 0.001. Not applied: the photo was rejected meanwhile.",
    );
  });
});

describe("the review queue", () => {
  it("lists photos of one status across the models the user may see, filtered by model, with counts", async () => {
    const mine = await photo(alphaId, "NEEDS_REVIEW");
    const theirs = await photo(bravoId, "NEEDS_REVIEW");

    const ownerQueue = await listReviewQueue(staff.owner);
    const ownerIds = ownerQueue.items.map((i) => i.media.id);
    expect(ownerIds).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(ownerQueue.models.map((m) => m.slug)).toEqual(["alpha", "bravo"]);

    const editorQueue = await listReviewQueue(staff.editor);
    expect(editorQueue.items.map((i) => i.media.id)).toContain(mine.id);
    expect(editorQueue.items.map((i) => i.media.id)).not.toContain(theirs.id);
    expect(editorQueue.models.map((m) => m.slug)).toEqual(["alpha"]);

    const bravo = await listReviewQueue(staff.owner, { modelSlug: "bravo" });
    expect(bravo.items.map((i) => i.media.id)).toEqual([theirs.id]);
    expect(bravo.counts.NEEDS_REVIEW).toBe(1);
    // Oldest first: the longest-waiting photo is reviewed first.
    const alpha = await listReviewQueue(staff.owner, { modelSlug: "alpha" });
    const created = alpha.items.map((i) => i.media.createdAt);
    expect(created).toEqual([...created].sort());
    expect(alpha.counts.NEEDS_REVIEW).toBe(alpha.items.length);

    const rejected = await listReviewQueue(staff.owner, { status: "REJECTED", modelSlug: "alpha" });
    expect(rejected.items.every((i) => i.media.moderationStatus === "REJECTED")).toBe(true);
    expect(rejected.counts.REJECTED).toBe(rejected.items.length);
  });

  it("decides several photos at once, each as if alone: refusals and strangers do not stop the others", async () => {
    const a = await photo(alphaId, "NEEDS_REVIEW");
    const b = await photo(alphaId, "NEEDS_REVIEW");
    const foreign = await photo(bravoId, "NEEDS_REVIEW");
    const asEditor = await decideMediaMany(staff.editor, [{ modelSlug: "alpha", mediaId: a.id }], {
      decision: "APPROVED",
    });
    expect(asEditor).toEqual([
      { mediaId: a.id, ok: false, message: expect.stringMatching(/Only owners and admins/) },
    ]);

    const outcomes = await decideMediaMany(
      staff.admin,
      [
        { modelSlug: "alpha", mediaId: a.id },
        { modelSlug: "alpha", mediaId: foreign.id },
        { modelSlug: "alpha", mediaId: b.id },
      ],
      { decision: "REJECTED", reason: "Duplicates of the shoot." },
    );
    expect(outcomes).toEqual([
      { mediaId: a.id, ok: true, status: "REJECTED", changed: true, checkId: expect.any(String) },
      { mediaId: foreign.id, ok: false, message: "Photo not found." },
      { mediaId: b.id, ok: true, status: "REJECTED", changed: true, checkId: expect.any(String) },
    ]);
    expect(await statusOf(foreign.id)).toBe("NEEDS_REVIEW");
  });
});

describe("the moderation policy", () => {
  it("is set by owners and admins only, with sane thresholds", async () => {
    await expect(
      updateModerationPolicy(staff.editor, "alpha", { policyApproveBelow: 0.5, policyRejectAbove: 0.6 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateModerationPolicy(staff.admin, "alpha", { policyApproveBelow: 0.7, policyRejectAbove: 0.6 }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["policyApproveBelow"] })] });
    const updated = await updateModerationPolicy(staff.admin, "alpha", {
      policyApproveBelow: 0.05,
      policyRejectAbove: 0.8,
      moderationProvider: "manual",
    });
    expect(updated).toMatchObject({
      policyApproveBelow: 0.05,
      policyRejectAbove: 0.8,
      moderationProvider: "manual",
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "model.moderation.update" } });
    expect(audit.actorId).toBe(staff.admin.id);
  });
});
