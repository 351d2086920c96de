import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaff } from "@/lib/auth/get-staff";
import { assertRole } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { isInternal, toAppError, type ErrorCode } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";

/** What every server action returns: data, or one message fit for a toast plus per-field messages. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: ErrorCode | "internal"; message: string; fieldErrors?: Record<string, string> };
    };

export interface ActionContext {
  staff: StaffUser;
  ip: string | null;
}

function fieldErrorsOf(error: unknown, details: Record<string, unknown> | undefined, message: string) {
  if (error instanceof z.ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".");
      if (key && !fields[key]) fields[key] = issue.message;
    }
    return Object.keys(fields).length ? fields : undefined;
  }
  return typeof details?.field === "string" ? { [details.field]: message } : undefined;
}

/**
 * The one way into a server action: signs the caller in from the session (401 otherwise), checks
 * `roles` when given (403), parses the input with `schema` (422 with field messages), runs `handler`,
 * and turns any thrown error into an `ActionResult` error. `redirect()` and `notFound()` pass through.
 */
export function safeAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>,
  options: { roles?: readonly Role[] } = {},
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    try {
      const staff = await requireStaff();
      if (options.roles) assertRole(staff, ...options.roles);
      const parsed = await schema.parseAsync(input);
      const ip = clientIp(await headers());
      return { ok: true, data: await handler(parsed, { staff, ip }) };
    } catch (error) {
      unstable_rethrow(error);
      const appError = toAppError(error);
      if (isInternal(appError)) {
        logger.error({ err: error }, "unhandled error in server action");
        return { ok: false, error: { code: "internal", message: appError.message } };
      }
      const fieldErrors = fieldErrorsOf(error, appError.details, appError.message);
      const message = error instanceof z.ZodError ? "Please check the highlighted fields." : appError.message;
      return { ok: false, error: { code: appError.code, message, fieldErrors } };
    }
  };
}
