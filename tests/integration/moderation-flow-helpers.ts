// Shared by the moderation flow tests: the app's real moderation route handlers behind a small
// node:http server (so the reference moderation service, a stand-in for the remote API, can fetch the
// signed copy and call the webhook over HTTP as a provider would), and waits on a photo's moderation.
import { rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { GET as copyRoute } from "@/app/api/moderation/copies/[mediaId]/[revision]/route";
import { POST as webhookRoute } from "@/app/api/moderation/webhook/route";
import { POST as decideRoute } from "@/app/api/models/[slug]/media/[id]/moderation/route";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { ModerationStatus } from "@/lib/generated/prisma/enums";
import type { MediaDto } from "@/lib/media/library/to-media-dto";
import type { Executor } from "@/lib/embedded-executor/start-executor";
import type { ReferenceModerationService } from "@/tools/moderation-reference/server";
import { ORIGIN } from "./auth-session-helper";
import { eventually } from "./jobs-helpers";
import { fetchVariant } from "./media-upload-helpers";

/** Listens on `port` and hands the moderation routes to the real route handlers. */
export async function startAppStandIn(port: number): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
        // @ts-expect-error -- Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
        duplex: "half",
      });
      const copy = /^\/api\/moderation\/copies\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      let response: Response;
      if (req.method === "POST" && url.pathname === "/api/moderation/webhook") {
        response = await webhookRoute(request);
      } else if (req.method === "GET" && copy) {
        response = await copyRoute(request, {
          params: Promise.resolve({ mediaId: copy[1]!, revision: copy[2]! }),
        });
      } else {
        response = new Response("not found", { status: 404 });
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Stops what an http moderation test file started (any of them may be missing when its beforeAll failed
 * early), last of all the app stand-in, then removes the file's storage and temp root.
 */
export async function stopHttpFlow(started: {
  executor?: Executor;
  reference?: ReferenceModerationService;
  app?: { close(): Promise<void> };
}) {
  await started.executor?.stop();
  await started.reference?.stop();
  await started.app?.close();
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
}

/** Waits until the photo's moderation status is one of `statuses` (the executor works in the background). */
export function moderationReaching(mediaId: string, statuses: ModerationStatus[], timeoutMs = 90_000) {
  return eventually(
    async () => {
      const item = await db.mediaItem.findUnique({ where: { id: mediaId } });
      return item && statuses.includes(item.moderationStatus) ? item : null;
    },
    `media ${mediaId} to be ${statuses.join(" or ")}`,
    timeoutMs,
  );
}

/** Waits until the moderation run of the photo has finished (completed or failed). */
export function moderationRunFinished(mediaId: string) {
  return eventually(
    async () => {
      const run = await db.jobRun.findFirst({
        where: { functionId: { endsWith: "moderate-media" }, event: { contains: `"mediaId":"${mediaId}"` } },
      });
      return run && ["COMPLETED", "FAILED", "CANCELLED"].includes(run.status) ? run : null;
    },
    `the moderation run of ${mediaId} to finish`,
    90_000,
  );
}

/** Every check of a photo, oldest attempt first. */
export function checksOf(mediaId: string) {
  return db.moderationCheck.findMany({
    where: { mediaId },
    orderBy: [{ createdAt: "asc" }, { attempt: "asc" }],
    include: { decidedBy: { select: { name: true } } },
  });
}

/** `POST /api/models/{slug}/media/{id}/moderation` through the real route handler. */
export async function decide(slug: string, id: string, body: unknown, cookie?: string) {
  const response = await decideRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}/moderation`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug, id }) },
  );
  return {
    status: response.status,
    body: (await response.json()) as { item?: MediaDto; error?: { code: string; message: string } },
  };
}

/** GET of a variant URL through the real files route, body read (so no file handle is left open). */
export async function variantResponse(url: string, cookie?: string) {
  const response = await fetchVariant(url, { cookie });
  await response.arrayBuffer();
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    cdnCacheControl: response.headers.get("cdn-cache-control"),
  };
}
