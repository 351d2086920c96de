import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { readSessionUserId } from "./read-session";
import { assertRole } from "./roles";
import { staffUserSelect, type StaffUser } from "./staff-user";

const SIGN_IN_REQUIRED = "Please sign in to continue.";

/** The session's user as the database knows them now: a disabled or deleted account has no session. */
export async function getStaffFromHeaders(requestHeaders: Headers): Promise<StaffUser | null> {
  const userId = await readSessionUserId(requestHeaders);
  if (!userId) return null;
  return db.user.findFirst({ where: { id: userId, disabled: false }, select: staffUserSelect });
}

/** The signed-in staff member of the current page or action (once per request), or null. */
export const getStaff = cache(async (): Promise<StaffUser | null> => getStaffFromHeaders(await headers()));

/** The signed-in staff member, or a 401 `AppError`. */
export async function requireStaff(): Promise<StaffUser> {
  const staff = await getStaff();
  if (!staff) throw new AppError("unauthenticated", SIGN_IN_REQUIRED);
  return staff;
}

/** For route handlers: the staff member behind the request's session cookie, or a 401 `AppError`. */
export async function requireStaffFromRequest(request: Request): Promise<StaffUser> {
  const staff = await getStaffFromHeaders(request.headers);
  if (!staff) throw new AppError("unauthenticated", SIGN_IN_REQUIRED);
  return staff;
}

/** For route handlers: the staff member behind the request holding one of `roles`; 401 or 403 otherwise. */
export async function requireRoleFromRequest(request: Request, ...roles: Role[]): Promise<StaffUser> {
  const staff = await requireStaffFromRequest(request);
  assertRole(staff, ...roles);
  return staff;
}
