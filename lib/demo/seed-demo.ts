import { randomBytes } from "node:crypto";
import { staffUserSelect } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { ensureOwner } from "@/lib/users/ensure-owner";

export const DEMO_MODELS = [
  {
    slug: "ava-laurent",
    displayName: "Ava Laurent",
    bio: "Editorial and street portraits between Lyon and Paris.",
    editor: { email: "ava.editor@demo.local", name: "Ava's editor" },
  },
  {
    slug: "noah-kim",
    displayName: "Noah Kim",
    bio: "Runway, fitness and outdoor campaigns.",
    editor: { email: "noah.editor@demo.local", name: "Noah's editor" },
  },
] as const;

export interface SeedCredentials {
  email: string;
  role: string;
  /** Present only when this run created the account: shown once, never stored readable. */
  password?: string;
}

/** Creates the demo owner, models and editors that are missing; leaves existing rows untouched. */
export async function seedDemo(): Promise<SeedCredentials[]> {
  const owner = await ensureOwner({ email: process.env.ADMIN_EMAIL ?? "owner@demo.local" });
  const actor = await db.user.findUniqueOrThrow({ where: { email: owner.email }, select: staffUserSelect });
  const credentials: SeedCredentials[] = [
    { email: owner.email, role: "owner", password: owner.generatedPassword ?? undefined },
  ];

  for (const demo of DEMO_MODELS) {
    const existingModel = await db.model.findUnique({ where: { slug: demo.slug }, select: { id: true } });
    if (!existingModel) {
      await createModel(actor, {
        slug: demo.slug,
        displayName: demo.displayName,
        bio: demo.bio,
        published: true,
      });
    }
    let editor = await db.user.findUnique({ where: { email: demo.editor.email }, select: { id: true } });
    if (!editor) {
      const password = randomBytes(12).toString("base64url");
      editor = await createStaffUser(actor, { ...demo.editor, role: "EDITOR", password });
      credentials.push({ email: demo.editor.email, role: `editor of ${demo.displayName}`, password });
    } else {
      credentials.push({ email: demo.editor.email, role: `editor of ${demo.displayName}` });
    }
    const members = await db.modelMember.findMany({
      where: { model: { slug: demo.slug } },
      select: { userId: true },
    });
    if (!members.some((member) => member.userId === editor.id)) {
      await setModelMembers(actor, demo.slug, { userIds: [...members.map((m) => m.userId), editor.id] });
    }
  }
  return credentials;
}
