import { NextResponse } from "next/server";
import { isInternal, toAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The one shape of every API error: `{"error": {"code", "message"}}` with the matching status. */
export function jsonError(error: unknown, context: Record<string, unknown> = {}): NextResponse {
  const appError = toAppError(error);
  if (isInternal(appError)) logger.error({ err: error, ...context }, "unhandled error in route");
  const body: { code: string; message: string; [key: string]: unknown } = {
    code: appError.code,
    message: appError.message,
  };
  if (appError.details && !isInternal(appError)) Object.assign(body, appError.details);
  return NextResponse.json({ error: body }, { status: appError.status });
}

/** Wraps a route handler so thrown errors become the JSON error shape. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const request = args[0] instanceof Request ? args[0] : undefined;
      return jsonError(error, { method: request?.method, url: request?.url });
    }
  };
}
