import { z } from "zod";
import { APP_ID } from "@/lib/jobs/mode";
import { embeddedSigningKey, signRequestBody } from "@/lib/embedded-executor/embedded-signing-key";

/** Where the executor pretends the serve handler lives; only the path and query matter in-process. */
export const SERVE_URL = "http://127.0.0.1/api/inngest";

type HandlerMethod = (request: never, context: undefined) => Promise<Response>;

/** The SDK's serve handler (`serve({ client, functions })`), handed to the executor by whoever starts it. */
export interface ServeHandler {
  PUT: HandlerMethod;
  POST: HandlerMethod;
}

export type Memo = { data: unknown } | { error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  [key: string]: unknown;
}

export interface InngestEvent {
  name: string;
  data: Record<string, unknown>;
  id: string;
  ts: number;
  v?: string;
}

const opSchema = z
  .object({
    op: z.string(),
    id: z.string(),
    name: z.string().optional(),
    displayName: z.string().optional(),
    userland: z.object({ id: z.string() }).partial().optional(),
    opts: z.record(z.string(), z.unknown()).nullish(),
    data: z.unknown().optional(),
    error: z.unknown().optional(),
  })
  .passthrough();

export type Op = z.infer<typeof opSchema>;

/** What one call to the serve handler came back with. */
export type CallOutcome =
  | { kind: "ops"; ops: Op[]; noRetry: boolean; retryAfter: string | null }
  | { kind: "complete"; output: unknown }
  | { kind: "error"; error: SerializedError; noRetry: boolean; retryAfter: string | null; status: number };

export interface CallInput {
  functionId: string;
  /** `"step"` for discovery, or the hashed id of the step to run. */
  stepId: string;
  runId: string;
  event: InngestEvent;
  steps: Record<string, Memo>;
  stack: string[];
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution?: boolean;
}

export function toSerializedError(value: unknown, fallback = "Unknown error"): SerializedError {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return {
      ...record,
      name: typeof record.name === "string" ? record.name : "Error",
      message: typeof record.message === "string" ? record.message : fallback,
      stack: typeof record.stack === "string" ? record.stack : undefined,
    };
  }
  return { name: "Error", message: typeof value === "string" && value ? value : fallback };
}

/**
 * Calls one function through the SDK's own serve handler, exactly as an Inngest server would over HTTP
 * (body version 2, signed), but in-process. Never sends `ctx.fn_id`/`qi_id`: those switch the SDK to
 * checkpointing against Inngest Cloud.
 */
export async function callFunction(handler: ServeHandler, input: CallInput): Promise<CallOutcome> {
  const body = {
    version: 2,
    event: input.event,
    events: [input.event],
    steps: input.steps,
    ctx: {
      run_id: input.runId,
      attempt: input.attempt,
      max_attempts: input.maxAttempts,
      disable_immediate_execution: input.disableImmediateExecution ?? false,
      use_api: false,
      stack: { stack: input.stack, current: input.stack.length },
    },
  };
  const url = new URL(SERVE_URL);
  url.searchParams.set("fnId", input.functionId);
  url.searchParams.set("stepId", input.stepId);
  const request = new Request(url, {
    method: "POST",
    body: JSON.stringify(body),
    headers: {
      "content-type": "application/json",
      "x-inngest-signature": signRequestBody(body, embeddedSigningKey()),
      "x-inngest-server-kind": "cloud",
    },
  });
  // The Next adapter's second argument is the route context; in-process calls have none.
  const response = await handler.POST(request as never, undefined);
  const text = await response.text();
  const noRetry = response.headers.get("x-inngest-no-retry") === "true";
  const retryAfter = response.headers.get("retry-after");
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  if (response.status === 206) {
    const ops = z.array(opSchema).safeParse(parsed);
    if (!ops.success) {
      return {
        kind: "error",
        error: { name: "ProtocolError", message: `Unreadable ops from the SDK: ${text.slice(0, 200)}` },
        noRetry: false,
        retryAfter,
        status: 206,
      };
    }
    return { kind: "ops", ops: ops.data, noRetry, retryAfter };
  }
  if (response.status === 200) return { kind: "complete", output: parsed ?? null };
  const error = toSerializedError(parsed, `The function answered ${response.status}`);
  return {
    kind: "error",
    error,
    noRetry: noRetry || response.status === 400,
    retryAfter,
    status: response.status,
  };
}

export function qualifiedFunctionId(fnId: string): string {
  return `${APP_ID}-${fnId}`;
}
