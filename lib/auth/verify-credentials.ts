import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "./sign-in-throttle";
import { staffUserSelect, type StaffUser } from "./staff-user";

/** The one message for an unknown email, a wrong password or a disabled account. */
export const SIGN_IN_REFUSED = "Incorrect email or password.";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  // Bounded so a huge body cannot make hashing expensive.
  password: z.string().max(1024),
});

/**
 * Checks an email and password, applying the sign-in slow-down. Throws `rate_limited` (with
 * `details.retryAfterSeconds`) while a delay is owed, `unauthenticated` with one generic message otherwise.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<StaffUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("unauthenticated", SIGN_IN_REFUSED);
  const { email, password } = parsed.data;
  const keys = { account: email, ip: input.ip };
  const now = input.now ?? new Date();

  const wait = await checkSignInThrottle(keys, now);
  if (wait > 0) {
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts. Please wait ${wait} seconds and try again.`,
      {
        retryAfterSeconds: wait,
      },
    );
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { ...staffUserSelect, passwordHash: true, disabled: true },
      })
    : null;
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabled) {
    await recordSignInFailure(keys, now);
    throw new AppError("unauthenticated", SIGN_IN_REFUSED);
  }

  await Promise.all([
    clearSignInFailures(keys),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
