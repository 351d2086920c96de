import { ZodError } from "zod";

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "duplicate"
  | "invalid"
  | "too_large"
  | "unsupported_type"
  | "rate_limited"
  | "unavailable";

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  invalid: 422,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

/** A domain error with a message fit to show a user. Thrown by lib code, translated once at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found.`);
export const forbidden = (message = "You do not have permission to do that.") =>
  new AppError("forbidden", message);

function zodMessage(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Maps any thrown value to the user-facing error and its HTTP status; unknown errors become a 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("invalid", zodMessage(error), { issues: error.issues });
  const prismaCode = (error as { code?: string } | null)?.code;
  if (prismaCode === "P2002") return new AppError("conflict", "That value is already taken.");
  if (prismaCode === "P2025") return new AppError("not_found", "Not found.");
  return new InternalError(error);
}

class InternalError extends AppError {
  constructor(readonly cause: unknown) {
    super("unavailable", "Something went wrong on our side. It has been logged; please try again.");
  }
  override get status() {
    return 500;
  }
}

export function isInternal(error: AppError): boolean {
  return error instanceof InternalError;
}
