// Refusals the pages and actions rely on, on the real database: the server-action wrapper's 401, 403
// and 422 answers; gallery changes by a viewer or by an editor of another model; who may read the
// audit log; and staff accounts with bad input. Each refusal leaves the data as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError, isInternal, toAppError } from "@/lib/errors";
import { addSectionItems } from "@/lib/gallery/sections/add-section-items";
import { createSection } from "@/lib/gallery/sections/create-section";
import { deleteSection } from "@/lib/gallery/sections/delete-section";
import { removeSectionItem } from "@/lib/gallery/sections/remove-section-item";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { updateStaffUser } from "@/lib/users/update-staff-user";
import { inActionRequest } from "../helpers/action-request";
import { makeUser, sessionCookieFor } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

let owner: StaffUser, admin: StaffUser, editorA: StaffUser, editorB: StaffUser, viewerA: StaffUser;
let alphaId: string;
let placed: string[];
let spare: string;

/** The refusal a caller gets (zod errors become 422 as at the edge); fails on success or on a 500. */
async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").not.toBeNull();
  const appError = toAppError(error);
  expect(isInternal(appError)).toBe(false);
  return appError;
}

beforeAll(async () => {
  [owner, admin, editorA, editorB, viewerA] = await Promise.all([
    makeUser("OWNER"),
    makeUser("ADMIN"),
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
    makeUser("VIEWER", "viewer-a"),
  ]);
  alphaId = (await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  await createModel(owner, { slug: "bravo", displayName: "Bravo" });
  await setModelMembers(owner, "alpha", { userIds: [editorA.id, viewerA.id] });
  await setModelMembers(owner, "bravo", { userIds: [editorB.id] });
  placed = [(await seedPhoto(alphaId)).id, (await seedPhoto(alphaId)).id];
  spare = (await seedPhoto(alphaId)).id;
  await createSection(owner, "alpha", { slug: "portraits", title: "Portraits", published: true });
  await setSectionItems(owner, "alpha", "portraits", { mediaIds: placed });
});

describe("the server-action wrapper", () => {
  const calls: string[] = [];
  const rename = safeAction(
    z.object({ title: z.string().trim().min(3, "Use at least 3 characters.") }),
    async ({ title }, { staff }) => {
      calls.push(title);
      return { title, by: staff.email };
    },
    { roles: ["OWNER", "ADMIN"] },
  );
  const failing = safeAction(z.object({}), async (): Promise<never> => {
    throw new Error("database exploded at 10.0.0.7");
  });

  it("answers 401 without a session or with a disabled account's, running nothing", async () => {
    const signedOut = await inActionRequest({}, () => rename({ title: "Summer" }));
    expect(signedOut).toEqual({
      ok: false,
      error: { code: "unauthenticated", message: "Please sign in to continue." },
    });
    const gone = await makeUser("ADMIN", "gone");
    const cookie = await sessionCookieFor(gone.email);
    await db.user.update({ where: { id: gone.id }, data: { disabled: true } });
    expect(await inActionRequest({ cookie }, () => rename({ title: "Summer" }))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    expect(new AppError("unauthenticated", "").status).toBe(401);
    expect(calls).toEqual([]);
  });

  it("answers 403 to a role it does not allow, before reading the input", async () => {
    const cookie = await sessionCookieFor(editorA.email);
    expect(await inActionRequest({ cookie }, () => rename({ title: "x" }))).toEqual({
      ok: false,
      error: { code: "forbidden", message: "You do not have permission to do that." },
    });
    expect(new AppError("forbidden", "").status).toBe(403);
    expect(calls).toEqual([]);
  });

  it("answers 422 with a message per field to bad input, running nothing", async () => {
    const cookie = await sessionCookieFor(admin.email);
    expect(await inActionRequest({ cookie }, () => rename({ title: " a " }))).toEqual({
      ok: false,
      error: {
        code: "invalid",
        message: "Please check the highlighted fields.",
        fieldErrors: { title: "Use at least 3 characters." },
      },
    });
    expect(new AppError("invalid", "").status).toBe(422);
    expect(calls).toEqual([]);

    expect(await inActionRequest({ cookie }, () => rename({ title: " Summer " }))).toEqual({
      ok: true,
      data: { title: "Summer", by: admin.email },
    });
    expect(calls).toEqual(["Summer"]);
  });

  it("answers an unexpected failure with a general message that gives nothing away", async () => {
    const cookie = await sessionCookieFor(owner.email);
    expect(await inActionRequest({ cookie }, () => failing({}))).toEqual({
      ok: false,
      error: {
        code: "internal",
        message: "Something went wrong on our side. It has been logged; please try again.",
      },
    });
  });
});

describe("gallery changes by someone who may not make them", () => {
  /** What a refused change could have touched: the section, its photos in order, and the audit log. */
  const snapshot = async () => ({
    sections: await db.gallerySection.findMany({ where: { modelId: alphaId }, orderBy: { slug: "asc" } }),
    items: await db.galleryItem.findMany({
      where: { section: { modelId: alphaId } },
      orderBy: { position: "asc" },
      select: { mediaId: true, position: true },
    }),
    audit: await db.auditEntry.count(),
  });

  it("refuses a viewer with 403 and an editor of another model with 404, changing nothing", async () => {
    const before = await snapshot();
    expect(before.items.map((i) => i.mediaId)).toEqual(placed);
    for (const [user, status] of [
      [viewerA, 403],
      [editorB, 404],
    ] as const) {
      expect((await refusal(deleteSection(user, "alpha", "portraits"))).status).toBe(status);
      expect((await refusal(addSectionItems(user, "alpha", "portraits", { mediaIds: [spare] }))).status).toBe(
        status,
      );
      expect((await refusal(removeSectionItem(user, "alpha", "portraits", placed[0]!))).status).toBe(status);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers a missing section or photo with 404, changing nothing", async () => {
    const before = await snapshot();
    expect((await refusal(deleteSection(editorA, "alpha", "nowhere"))).status).toBe(404);
    expect((await refusal(removeSectionItem(editorA, "alpha", "portraits", spare))).status).toBe(404);
    expect((await refusal(deleteSection(editorA, "nobody", "portraits"))).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the audit log", () => {
  it("is read by owners and admins only", async () => {
    for (const user of [editorA, viewerA]) {
      const refused = await refusal(listAuditEntries(user));
      expect([refused.status, refused.message]).toEqual([403, "You do not have permission to do that."]);
    }
    const entries = await listAuditEntries(admin);
    expect(entries.length).toBeGreaterThan(0);
    // Every model's changes, by whoever made them, newest first.
    expect(new Set(entries.map((e) => e.model?.slug).filter(Boolean))).toEqual(new Set(["alpha", "bravo"]));
    expect(entries.some((e) => e.actor?.email === owner.email)).toBe(true);
    const times = entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await listAuditEntries(owner)).toEqual(entries);
  });

  it("returns at most the number asked for, between 1 and 500", async () => {
    expect(await listAuditEntries(admin, { take: 2 })).toHaveLength(2);
    expect(await listAuditEntries(admin, { take: 0 })).toHaveLength(1);
    expect((await listAuditEntries(admin, { take: 10_000 })).length).toBe(await db.auditEntry.count());
  });
});

describe("staff accounts with bad input", () => {
  const good = {
    email: "new.editor@example.com",
    name: "New Editor",
    role: "EDITOR",
    password: "long enough pass",
  };

  it.each([
    ["an invalid email", { email: "not-an-email" }, "email: Enter a valid email address."],
    ["a short password", { password: "short" }, "password: Use at least 12 characters."],
    ["an empty name", { name: "   " }, "name: Enter a name."],
    ["an unknown role", { role: "SUPERUSER" }, "role: "],
  ])("refuses %s with 422 saying why, creating no account", async (_, change, message) => {
    const before = { users: await db.user.count(), audit: await db.auditEntry.count() };
    const refused = await refusal(createStaffUser(admin, { ...good, ...change } as never));
    expect(refused.status).toBe(422);
    expect(refused.message.startsWith(message)).toBe(true);
    expect({ users: await db.user.count(), audit: await db.auditEntry.count() }).toEqual(before);
  });

  it("refuses a second account for an email with 409, in any case", async () => {
    await createStaffUser(admin, good as never);
    const refused = await refusal(
      createStaffUser(admin, { ...good, email: " New.Editor@Example.com " } as never),
    );
    expect([refused.status, refused.message]).toEqual([
      409,
      "A staff account for new.editor@example.com already exists.",
    ]);
    expect(await db.user.count({ where: { email: "new.editor@example.com" } })).toBe(1);
  });

  it("refuses bad changes with 422 or 403 saying why, changing nothing", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { email: "new.editor@example.com" } });
    const before = {
      target,
      admin: await db.user.findUniqueOrThrow({ where: { id: admin.id } }),
      audit: await db.auditEntry.count(),
    };
    const cases: [() => Promise<unknown>, number, string][] = [
      [
        () => updateStaffUser(admin, target.id, { password: "short" }),
        422,
        "password: Use at least 12 characters.",
      ],
      [() => updateStaffUser(admin, target.id, { role: "ROOT" } as never), 422, "role: "],
      [() => updateStaffUser(admin, target.id, { email: "x@example.com" } as never), 422, ""],
      [() => updateStaffUser(admin, target.id, { role: "OWNER" }), 403, "Only an owner can manage owners."],
      [
        () => updateStaffUser(admin, admin.id, { role: "EDITOR" }),
        403,
        "You cannot change your own role or disable your own account.",
      ],
      [
        () => updateStaffUser(admin, admin.id, { disabled: true }),
        403,
        "You cannot change your own role or disable your own account.",
      ],
      [
        () => updateStaffUser(editorA, target.id, { name: "Renamed" }),
        403,
        "You do not have permission to do that.",
      ],
      [() => updateStaffUser(admin, "no-such-user", { name: "Renamed" }), 404, "Staff member not found."],
    ];
    for (const [work, status, message] of cases) {
      const refused = await refusal(work());
      expect([refused.status, refused.message.startsWith(message)], refused.message).toEqual([status, true]);
    }
    expect({
      target: await db.user.findUniqueOrThrow({ where: { id: target.id } }),
      admin: await db.user.findUniqueOrThrow({ where: { id: admin.id } }),
      audit: await db.auditEntry.count(),
    }).toEqual(before);
  });
});
