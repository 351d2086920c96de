import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { EXECUTOR_PATH } from "@/lib/jobs/mode";
import { ingestEvents } from "@/lib/embedded-executor/ingest-events";
import { newId, seededId } from "@/lib/embedded-executor/new-id";

const eventSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(191)
    .refine((name) => !name.startsWith("inngest/"), "Event names starting with inngest/ are reserved")
    .refine((name) => !name.includes(","), "Event names may not contain commas"),
  data: z.record(z.string(), z.unknown()).nullish(),
  id: z.string().min(1).max(191).optional(),
  ts: z.number().optional(),
  v: z.string().optional(),
});

const bodySchema = z.union([z.array(eventSchema), eventSchema]);

function reply(status: number, body: Record<string, unknown>): Response {
  return Response.json({ ...body, status }, { status });
}

function keyMatches(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The embedded executor's side of the SDK's event API: `POST <EXECUTOR_PATH>e/<event key>` with one
 * event or an array, answered `{"ids": [...], "status": 200}` as the SDK requires. In-process calls
 * (this app's own `inngest.send()`) are trusted; over HTTP the key must equal `INNGEST_EVENT_KEY`.
 */
export async function handleExecutorRequest(
  request: Request,
  options: { trusted?: boolean } = {},
): Promise<Response> {
  const url = new URL(request.url);
  const match = url.pathname.startsWith(EXECUTOR_PATH)
    ? /^e\/([^/]+)\/?$/.exec(url.pathname.slice(EXECUTOR_PATH.length))
    : null;
  if (request.method !== "POST" || !match) {
    return reply(404, { error: "The embedded executor only receives events (POST e/<event key>)." });
  }
  if (!options.trusted && !keyMatches(decodeURIComponent(match[1] ?? ""), process.env.INNGEST_EVENT_KEY)) {
    return reply(401, {
      error: "Event key not found. Set INNGEST_EVENT_KEY on the app and send with that key.",
    });
  }
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return reply(400, { error: "The body must be JSON: one event or an array of events." });
  }
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) {
    return reply(400, {
      error: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    });
  }
  const events = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  // The SDK keeps this seed across its own retries of one send, so ids (and dedup) stay stable.
  const seed = request.headers.get("x-inngest-event-id-seed");
  const seedTime = Number(seed?.split(",")[0]) || Date.now();
  const now = Date.now();
  const result = await ingestEvents(
    events.map((event, index) => ({
      event: {
        name: event.name,
        data: event.data ?? {},
        id: event.id ?? (seed ? seededId(seedTime, `${seed}:${index}`) : newId(now)),
        ts: event.ts ?? now,
        ...(event.v ? { v: event.v } : {}),
      },
    })),
  );
  return reply(200, { ids: result.ids });
}
