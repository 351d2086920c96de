import { beforeAll, describe, expect, it } from "vitest";
import { GET as getModelRoute, PATCH as patchModelRoute } from "@/app/api/models/[slug]/route";
import { GET as listModelsRoute, POST as createModelRoute } from "@/app/api/models/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createModel } from "@/lib/models/create-model";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { listModels } from "@/lib/models/list-models";
import { setModelMembers } from "@/lib/models/set-model-members";
import { updateModel } from "@/lib/models/update-model";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";

let owner: StaffUser, admin: StaffUser, editor: StaffUser, otherEditor: StaffUser, viewer: StaffUser;
let cookies: Record<"admin" | "editor" | "viewer", string>;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function call(path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.body) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, { ...init, headers });
}
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  [owner, admin, editor, otherEditor, viewer] = await Promise.all([
    makeUser("OWNER"),
    makeUser("ADMIN"),
    makeUser("EDITOR", "editor-a"),
    makeUser("EDITOR", "editor-b"),
    makeUser("VIEWER"),
  ]);
  await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true });
  await createModel(owner, { slug: "bravo", displayName: "Bravo" });
  await setModelMembers(owner, "alpha", { userIds: [editor.id, viewer.id] });
  await setModelMembers(owner, "bravo", { userIds: [otherEditor.id] });
  cookies = {
    admin: await sessionCookieFor(admin.email),
    editor: await sessionCookieFor(editor.email),
    viewer: await sessionCookieFor(viewer.email),
  };
});

describe("model scope in the domain functions", () => {
  it("lists every model for owners and admins, only assigned ones for editors and viewers", async () => {
    expect((await listModels(admin)).map((m) => m.slug)).toEqual(["alpha", "bravo"]);
    expect((await listModels(editor)).map((m) => m.slug)).toEqual(["alpha"]);
    expect((await listModels(viewer)).map((m) => m.slug)).toEqual(["alpha"]);
    expect((await listModels(otherEditor)).map((m) => m.slug)).toEqual(["bravo"]);
    expect((await listModels(admin, { q: "brav" })).map((m) => m.slug)).toEqual(["bravo"]);
  });

  it("hides an unassigned model from an editor as not found, for reading and for changing", async () => {
    expect((await refusal(getModelOrThrow(editor, "bravo"))).code).toBe("not_found");
    const error = await refusal(updateModel(editor, "bravo", { displayName: "Hijacked" }));
    expect(error.code).toBe("not_found");
    expect((await db.model.findUniqueOrThrow({ where: { slug: "bravo" } })).displayName).toBe("Bravo");
  });

  it("lets an editor change an assigned model and records who did it", async () => {
    const model = await updateModel(
      editor,
      "alpha",
      { bio: "Portraits and studio work." },
      { ip: "203.0.113.4" },
    );
    expect(model.bio).toBe("Portraits and studio work.");
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: model.id, action: "model.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({ actorId: editor.id, modelId: model.id, ip: "203.0.113.4" });
    expect(JSON.parse(entry.before!).bio).toBe("");
    expect(JSON.parse(entry.after!).bio).toBe("Portraits and studio work.");
  });

  it("refuses a viewer's change to an assigned model with 403", async () => {
    const error = await refusal(updateModel(viewer, "alpha", { published: false }));
    expect(error.code).toBe("forbidden");
    expect((await db.model.findUniqueOrThrow({ where: { slug: "alpha" } })).published).toBe(true);
  });

  it("refuses model creation and member assignment to anyone but owners and admins", async () => {
    expect((await refusal(createModel(viewer, { slug: "charlie", displayName: "Charlie" }))).code).toBe(
      "forbidden",
    );
    expect((await refusal(createModel(editor, { slug: "charlie", displayName: "Charlie" }))).code).toBe(
      "forbidden",
    );
    expect((await refusal(setModelMembers(editor, "alpha", { userIds: [] }))).code).toBe("forbidden");
    expect((await refusal(updateModel(editor, "alpha", { slug: "alpha-renamed" }))).code).toBe("forbidden");
    expect(await db.model.count({ where: { slug: "charlie" } })).toBe(0);
  });

  it("refuses assigning an owner or admin as a member", async () => {
    const error = await refusal(setModelMembers(admin, "alpha", { userIds: [owner.id] }));
    expect(error.code).toBe("invalid");
  });

  it("writes the audit entry in the same transaction as the model", async () => {
    const model = await createModel(admin, { slug: "delta", displayName: "Delta" }, { ip: "203.0.113.9" });
    const entries = await db.auditEntry.findMany({ where: { entityId: model.id, action: "model.create" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, entityType: "Model", ip: "203.0.113.9" });
    expect((await refusal(createModel(admin, { slug: "delta", displayName: "Again" }))).code).toBe(
      "conflict",
    );
    expect(await db.auditEntry.count({ where: { entityId: model.id } })).toBe(1);
  });
});

describe("models JSON API", () => {
  it("answers 401 with the error shape without a session", async () => {
    const response = await listModelsRoute(call("/api/models"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthenticated", message: expect.any(String) },
    });
  });

  it("lists only the caller's models", async () => {
    const response = await listModelsRoute(call("/api/models", { cookie: cookies.editor }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { models: { slug: string }[] };
    expect(body.models).toEqual([{ slug: "alpha", displayName: "Alpha", published: true }]);
  });

  it("answers 404 to an editor reading or patching an unassigned model", async () => {
    const read = await getModelRoute(call("/api/models/bravo", { cookie: cookies.editor }), params("bravo"));
    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ error: { code: "not_found", message: "Model not found." } });

    const patch = await patchModelRoute(
      call("/api/models/bravo", {
        method: "PATCH",
        cookie: cookies.editor,
        body: JSON.stringify({ displayName: "Mine now" }),
      }),
      params("bravo"),
    );
    expect(patch.status).toBe(404);
    expect((await db.model.findUniqueOrThrow({ where: { slug: "bravo" } })).displayName).toBe("Bravo");
  });

  it("lets an editor patch an assigned model", async () => {
    const response = await patchModelRoute(
      call("/api/models/alpha", {
        method: "PATCH",
        cookie: cookies.editor,
        body: JSON.stringify({ displayName: "Alpha A." }),
      }),
      params("alpha"),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ model: { slug: "alpha", displayName: "Alpha A." } });
  });

  it("answers 403 to a viewer patching and to a viewer or editor creating", async () => {
    const patch = await patchModelRoute(
      call("/api/models/alpha", {
        method: "PATCH",
        cookie: cookies.viewer,
        body: JSON.stringify({ published: false }),
      }),
      params("alpha"),
    );
    expect(patch.status).toBe(403);
    for (const cookie of [cookies.viewer, cookies.editor]) {
      const create = await createModelRoute(
        call("/api/models", {
          method: "POST",
          cookie,
          body: JSON.stringify({ slug: "echo", displayName: "Echo" }),
        }),
      );
      expect(create.status).toBe(403);
      expect((await create.json()).error.code).toBe("forbidden");
    }
    expect(await db.model.count({ where: { slug: "echo" } })).toBe(0);
  });

  it("creates a model for an admin: 201, then 409 for the same slug, 422 for a bad one", async () => {
    const body = JSON.stringify({ slug: "foxtrot", displayName: "Foxtrot", bio: "Hello", published: true });
    const created = await createModelRoute(
      call("/api/models", { method: "POST", cookie: cookies.admin, body }),
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      model: {
        id: expect.any(String),
        slug: "foxtrot",
        displayName: "Foxtrot",
        bio: "Hello",
        published: true,
      },
    });

    const again = await createModelRoute(
      call("/api/models", { method: "POST", cookie: cookies.admin, body }),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error).toEqual({
      code: "conflict",
      message: 'The slug "foxtrot" is already taken.',
      field: "slug",
    });

    for (const slug of ["Foxtrot", "admin", "two--hyphens", ""]) {
      const bad = await createModelRoute(
        call("/api/models", {
          method: "POST",
          cookie: cookies.admin,
          body: JSON.stringify({ slug, displayName: "X" }),
        }),
      );
      expect(bad.status).toBe(422);
      expect((await bad.json()).error.code).toBe("invalid");
    }
    const notJson = await createModelRoute(
      call("/api/models", { method: "POST", cookie: cookies.admin, body: "{oops" }),
    );
    expect(notJson.status).toBe(422);
  });

  it("stops honouring a session once the account is disabled", async () => {
    const user = await makeUser("EDITOR", "leaver");
    const cookie = await sessionCookieFor(user.email);
    expect((await listModelsRoute(call("/api/models", { cookie }))).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect((await listModelsRoute(call("/api/models", { cookie }))).status).toBe(401);
  });

  it("applies a role change on the next request", async () => {
    const user = await makeUser("VIEWER", "promoted");
    const cookie = await sessionCookieFor(user.email);
    const body = JSON.stringify({ slug: "golf", displayName: "Golf" });
    expect((await createModelRoute(call("/api/models", { method: "POST", cookie, body }))).status).toBe(403);
    await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    expect((await createModelRoute(call("/api/models", { method: "POST", cookie, body }))).status).toBe(201);
  });
});
