import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { staffEmailSchema, staffPasswordSchema } from "./schemas";

export const DEFAULT_OWNER_EMAIL = "owner@example.com";

export interface EnsureOwnerResult {
  /** True when this call created the account. */
  created: boolean;
  email: string;
  /** Only when this call generated the password: print it once, it is not stored anywhere readable. */
  generatedPassword?: string;
}

/**
 * Makes sure there is an owner to sign in with. With an email (default `ADMIN_EMAIL`) that has no
 * account yet, creates it as an owner with the given password (default `ADMIN_PASSWORD`) or a generated
 * one. Without an email, creates `owner@example.com` with a generated password only when no owner
 * exists. Existing accounts are never changed, so running it again keeps what is there.
 */
export async function ensureOwner(
  options: { email?: string; password?: string; name?: string } = {},
): Promise<EnsureOwnerResult> {
  const requestedEmail = options.email ?? process.env.ADMIN_EMAIL;
  const password = options.password ?? process.env.ADMIN_PASSWORD;
  if (password !== undefined) staffPasswordSchema.parse(password);

  if (requestedEmail) {
    const email = staffEmailSchema.parse(requestedEmail);
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return { created: false, email };
    return createOwner(email, password, options.name);
  }

  const owner = await db.user.findFirst({
    where: { role: "OWNER" },
    orderBy: { createdAt: "asc" },
    select: { email: true },
  });
  if (owner) return { created: false, email: owner.email };
  return createOwner(DEFAULT_OWNER_EMAIL, password, options.name);
}

async function createOwner(
  email: string,
  password: string | undefined,
  name = "Owner",
): Promise<EnsureOwnerResult> {
  const generatedPassword = password ? undefined : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name, role: "OWNER", passwordHash },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { email, name, role: "OWNER" },
    });
  });
  return { created: true, email, generatedPassword };
}
