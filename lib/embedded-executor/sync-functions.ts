import { z } from "zod";
import { embeddedSigningKey, signRequestBody } from "@/lib/embedded-executor/embedded-signing-key";
import { SERVE_URL, type ServeHandler } from "@/lib/embedded-executor/call-function";
import { logger } from "@/lib/logger";

/** Function options Inngest honours that the embedded executor does not (it logs them at sync). */
const UNSUPPORTED_OPTIONS = [
  "cancel",
  "debounce",
  "throttle",
  "rateLimit",
  "batchEvents",
  "idempotency",
  "priority",
  "singleton",
  "timeouts",
];

/** Inngest's retry count when a function sets none. */
const DEFAULT_RETRIES = 4;

const triggerSchema = z.union([
  z.object({ event: z.string(), expression: z.string().optional() }),
  z.object({ cron: z.string() }),
]);

const concurrencyItem = z.object({ limit: z.number().int(), key: z.string().optional() }).passthrough();

const functionSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    triggers: z.array(triggerSchema).default([]),
    steps: z
      .record(
        z.string(),
        z.object({ retries: z.object({ attempts: z.number().int() }).optional() }).passthrough(),
      )
      .optional(),
    concurrency: z.union([z.number().int(), concurrencyItem, z.array(concurrencyItem)]).optional(),
  })
  .passthrough();

const syncSchema = z.object({ app_id: z.string(), functions: z.array(functionSchema) }).passthrough();

export interface FunctionConfig {
  /** `<appId>-<fnId>`, as the serve handler expects in `fnId`. */
  id: string;
  name: string;
  eventTriggers: { event: string; expression?: string }[];
  crons: string[];
  /** Retries + 1. */
  maxAttempts: number;
  /** The function's own `concurrency.limit`, if it set one. */
  concurrencyLimit?: number;
}

export type FunctionRegistry = Map<string, FunctionConfig>;

function concurrencyLimit(value: z.infer<typeof functionSchema>["concurrency"]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value > 0 ? value : undefined;
  const items = Array.isArray(value) ? value : [value];
  // Keyed limits are treated as function-wide: stricter than Inngest, never looser.
  const limits = items.map((item) => item.limit).filter((limit) => limit > 0);
  return limits.length ? Math.min(...limits) : undefined;
}

/** Discovers the served functions the way Inngest does: an in-band sync (PUT) to the serve handler. */
export async function syncFunctions(handler: ServeHandler): Promise<FunctionRegistry> {
  const body = { url: SERVE_URL };
  const request = new Request(SERVE_URL, {
    method: "PUT",
    body: JSON.stringify(body),
    headers: {
      "content-type": "application/json",
      "x-inngest-sync-kind": "in_band",
      "x-inngest-signature": signRequestBody(body, embeddedSigningKey()),
      "x-inngest-server-kind": "cloud",
    },
  });
  const response = await handler.PUT(request as never, undefined);
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`In-band sync with the serve handler failed (${response.status}): ${text.slice(0, 300)}`);
  const parsed = syncSchema.parse(JSON.parse(text));
  const registry: FunctionRegistry = new Map();
  for (const fn of parsed.functions) {
    const ignored = UNSUPPORTED_OPTIONS.filter((option) => fn[option] !== undefined && fn[option] !== null);
    if (ignored.length) {
      logger.warn(
        { domain: "jobs", functionId: fn.id, ignored },
        "the embedded executor ignores these function options; Inngest Cloud or a self-hosted server honours them",
      );
    }
    const retries = fn.steps?.step?.retries?.attempts ?? DEFAULT_RETRIES;
    const eventTriggers: FunctionConfig["eventTriggers"] = [];
    const crons: string[] = [];
    for (const trigger of fn.triggers) {
      if ("event" in trigger) eventTriggers.push({ event: trigger.event, expression: trigger.expression });
      else crons.push(trigger.cron);
    }
    registry.set(fn.id, {
      id: fn.id,
      name: fn.name ?? fn.id,
      eventTriggers,
      crons,
      maxAttempts: Math.max(1, retries + 1),
      concurrencyLimit: concurrencyLimit(fn.concurrency),
    });
  }
  return registry;
}

/** Does `pattern` (an event trigger, possibly ending in `*`) match the event name? */
export function triggerMatches(pattern: string, eventName: string): boolean {
  if (pattern.endsWith("*")) return eventName.startsWith(pattern.slice(0, -1));
  return pattern === eventName;
}
