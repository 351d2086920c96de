import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { StaffUser } from "@/lib/auth/staff-user";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { ensureOwner } from "@/lib/users/ensure-owner";
import { listStaffUsers } from "@/lib/users/list-staff-users";
import { updateStaffUser } from "@/lib/users/update-staff-user";
import { makeUser } from "./auth-session-helper";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("ensureOwner", () => {
  beforeAll(() => {
    // These tests pass the email and password themselves; a developer's .env must not leak in.
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
  });

  it("creates owner@example.com with a generated password once, then keeps what is there", async () => {
    const first = await ensureOwner({ email: undefined, password: undefined });
    expect(first).toMatchObject({ created: true, email: "owner@example.com" });
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await expect(
      verifyCredentials({ email: first.email, password: first.generatedPassword!, ip: null }),
    ).resolves.toMatchObject({
      role: "OWNER",
    });

    const again = await ensureOwner({ email: undefined, password: undefined });
    expect(again).toEqual({ created: false, email: "owner@example.com" });
    expect(await db.user.count({ where: { role: "OWNER" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "user.create", actorId: null } })).toBe(1);
  });

  it("creates the ADMIN_EMAIL owner with ADMIN_PASSWORD and never changes an existing account", async () => {
    const created = await ensureOwner({ email: "Boss@Example.com", password: "a long enough password" });
    expect(created).toEqual({ created: true, email: "boss@example.com", generatedPassword: undefined });
    const kept = await ensureOwner({ email: "boss@example.com", password: "another long password" });
    expect(kept).toEqual({ created: false, email: "boss@example.com" });
    await expect(
      verifyCredentials({ email: "boss@example.com", password: "a long enough password", ip: null }),
    ).resolves.toMatchObject({
      role: "OWNER",
    });
  });

  it("refuses a short ADMIN_PASSWORD", async () => {
    await expect(ensureOwner({ email: "short@example.com", password: "short" })).rejects.toThrow();
    expect(await db.user.count({ where: { email: "short@example.com" } })).toBe(0);
  });
});

describe("staff management", () => {
  it("lets an admin create an editor who can then sign in", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await createStaffUser(admin, {
      email: "New.Editor@example.com",
      name: "New Editor",
      role: "EDITOR",
      password: "initial password 1",
    });
    expect(editor).toMatchObject({ email: "new.editor@example.com", role: "EDITOR" });
    await expect(
      verifyCredentials({ email: "new.editor@example.com", password: "initial password 1", ip: null }),
    ).resolves.toMatchObject({
      id: editor.id,
    });
    const conflict = await refusal(
      createStaffUser(admin, {
        email: "new.editor@example.com",
        name: "Dup",
        role: "VIEWER",
        password: "initial password 1",
      }),
    );
    expect(conflict.code).toBe("conflict");
  });

  it("refuses an email longer than its column with a message, before the database", async () => {
    const admin = await makeUser("ADMIN");
    const email = `${"e".repeat(180)}@example.com`;
    expect(email.length).toBe(192);
    const error = await createStaffUser(admin, {
      email,
      name: "Long Email",
      role: "VIEWER",
      password: "initial password 1",
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues[0]?.message).toBe("Keep the email to 191 characters or fewer.");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses staff management to editors and viewers", async () => {
    const viewer = await makeUser("VIEWER");
    const editor = await makeUser("EDITOR");
    for (const actor of [viewer, editor] as StaffUser[]) {
      expect(
        (
          await refusal(
            createStaffUser(actor, {
              email: "x@example.com",
              name: "X",
              role: "VIEWER",
              password: "initial password 1",
            }),
          )
        ).code,
      ).toBe("forbidden");
      expect((await refusal(updateStaffUser(actor, viewer.id, { role: "ADMIN" }))).code).toBe("forbidden");
      expect((await refusal(listStaffUsers(actor))).code).toBe("forbidden");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("VIEWER");
  });

  it("keeps owners out of an admin's reach", async () => {
    const admin = await makeUser("ADMIN");
    const owner = await makeUser("OWNER");
    expect(
      (
        await refusal(
          createStaffUser(admin, {
            email: "o2@example.com",
            name: "O",
            role: "OWNER",
            password: "initial password 1",
          }),
        )
      ).code,
    ).toBe("forbidden");
    expect((await refusal(updateStaffUser(admin, owner.id, { disabled: true }))).code).toBe("forbidden");
  });

  it("changes roles, disables and re-enables, and audits each change", async () => {
    const owner = await makeUser("OWNER");
    const target = await makeUser("VIEWER");
    await updateStaffUser(owner, target.id, { role: "EDITOR" }, { ip: "203.0.113.3" });
    await updateStaffUser(owner, target.id, { disabled: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "EDITOR",
      disabled: true,
    });
    await updateStaffUser(owner, target.id, { disabled: false });
    const entries = await db.auditEntry.findMany({
      where: { entityId: target.id, action: "user.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(entries).toHaveLength(3);
    expect(JSON.parse(entries[0]!.before!)).toMatchObject({ role: "VIEWER" });
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ role: "EDITOR" });
  });

  it("stops anyone from demoting or disabling themselves", async () => {
    const owner = await makeUser("OWNER");
    expect((await refusal(updateStaffUser(owner, owner.id, { role: "ADMIN" }))).code).toBe("forbidden");
    expect((await refusal(updateStaffUser(owner, owner.id, { disabled: true }))).code).toBe("forbidden");
  });
});
