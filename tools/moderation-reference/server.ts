// REFERENCE MODERATION SERVICE: a stand-in for a remote moderation API, for development and tests.
// It makes no judgement about images: it implements the `http` provider's contract from the other
// side (bearer-checked job intake, image fetch through the signed URL, 202 with an id, then a
// Standard Webhooks signed callback with scores after a delay) and can be told to misbehave.
// Never point production at it.
//
// Run it alone:  MODERATION_API_KEY=... MODERATION_WEBHOOK_SECRET=whsec_... npx tsx tools/moderation-reference/server.ts
// then set MODERATION_API_URL=http://127.0.0.1:4010/jobs in the app.
// Tests start it in-process with `startReferenceModerationService(...)`.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { pathToFileURL } from "node:url";
import { signWebhook } from "@/lib/moderation/sign-webhook";
import {
  classScoresSchema,
  moderationJobSchema,
  type ClassScores,
  type ModerationCallback,
} from "@/lib/moderation/schemas";

export type ReferenceBehaviour = {
  /** Answer the next N job submissions with `failStatus` (default 500), then accept again. */
  failTimes?: number;
  failStatus?: number;
  /** Accept jobs but never call back, so the app's wait times out. */
  neverCallBack?: boolean;
  /** The scores every callback reports; a clearly safe photo by default. */
  scores?: ClassScores;
  /** Deliver every callback twice with the same webhook-id, as a sender does after a lost answer. */
  deliverTwice?: boolean;
  /** Call back before answering the submission, so the result reaches the app before the job is even accepted. */
  callBackBeforeAccepting?: boolean;
};

/** Every POST to /jobs, including refused ones. */
export type ReferenceSubmission = { at: Date; status: number; authorized: boolean; jobId?: string };

export type ReferenceJob = {
  id: string;
  jobId: string;
  imageUrl: string;
  callbackUrl: string;
  /** What fetching `imageUrl` gave the service. */
  image: { status: number; contentType: string | null; bytes: number };
};

export type ReferenceDelivery = {
  webhookId: string;
  externalId: string;
  jobId: string;
  body: string;
  /** The app's answer, or null when the request itself failed (`error`). */
  status: number | null;
  error?: string;
};

export type ReferenceModerationService = {
  /** The URL to use as MODERATION_API_URL. */
  jobsUrl: string;
  origin: string;
  submissions: ReferenceSubmission[];
  jobs: ReferenceJob[];
  deliveries: ReferenceDelivery[];
  setBehaviour(behaviour: ReferenceBehaviour): void;
  /**
   * Awaited with every accepted job before the submission is answered, when set: a test acts at that
   * exact point of the exchange (say, answering an earlier job) instead of racing the app's clock.
   */
  beforeAccepting?: (job: ReferenceJob) => Promise<void>;
  /** Resolves once `count` callbacks have been attempted; rejects after `timeoutMs`. */
  waitForDeliveries(count: number, timeoutMs?: number): Promise<ReferenceDelivery[]>;
  stop(): Promise<void>;
};

export type ReferenceOptions = {
  port?: number;
  host?: string;
  /** The bearer key clients must send (MODERATION_API_KEY on the app's side). */
  apiKey: string;
  /** The `whsec_...` secret callbacks are signed with (MODERATION_WEBHOOK_SECRET on the app's side). */
  secret: string;
  /** Time between accepting a job and calling back. */
  delayMs?: number;
  behaviour?: ReferenceBehaviour;
};

export const SAFE_SCORES: ClassScores = {
  Drawing: 0.01,
  Hentai: 0.002,
  Neutral: 0.98,
  Porn: 0.003,
  Sexy: 0.005,
};
export const REFERENCE_MODEL = "reference-stand-in/1";

const IMAGE_FETCH_TIMEOUT_MS = 10_000;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export async function startReferenceModerationService(
  options: ReferenceOptions,
): Promise<ReferenceModerationService> {
  const { apiKey, secret, delayMs = 50 } = options;
  let behaviour: ReferenceBehaviour = { ...options.behaviour };
  let failuresLeft = behaviour.failTimes ?? 0;
  const submissions: ReferenceSubmission[] = [];
  const jobs: ReferenceJob[] = [];
  const deliveries: ReferenceDelivery[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const listeners = new Set<() => void>();

  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bearer ${apiKey}`;

  async function deliver(job: ReferenceJob, webhookId: string, body: string) {
    const headers = signWebhook({ body, secret, id: webhookId });
    const delivery: ReferenceDelivery = {
      webhookId,
      externalId: job.id,
      jobId: job.jobId,
      body,
      status: null,
    };
    try {
      const response = await fetch(job.callbackUrl, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      delivery.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    deliveries.push(delivery);
    for (const listener of listeners) listener();
  }

  function callbackFor(job: ReferenceJob) {
    const payload: ModerationCallback = {
      type: "moderation.completed",
      timestamp: new Date().toISOString(),
      data: { id: job.id, jobId: job.jobId, model: REFERENCE_MODEL, scores: behaviour.scores ?? SAFE_SCORES },
    };
    const body = JSON.stringify(payload);
    const webhookId = `msg_${randomUUID()}`;
    const times = behaviour.deliverTwice ? 2 : 1;
    return async () => {
      for (let i = 0; i < times; i++) await deliver(job, webhookId, body);
    };
  }

  function scheduleCallback(job: ReferenceJob) {
    if (behaviour.neverCallBack) return;
    const send = callbackFor(job);
    const timer = setTimeout(async () => {
      timers.delete(timer);
      await send();
    }, delayMs);
    timers.add(timer);
  }

  async function fetchImage(imageUrl: string): Promise<ReferenceJob["image"]> {
    try {
      const response = await fetch(imageUrl, { signal: AbortSignal.timeout(IMAGE_FETCH_TIMEOUT_MS) });
      const bytes = (await response.arrayBuffer()).byteLength;
      return { status: response.status, contentType: response.headers.get("content-type"), bytes };
    } catch {
      return { status: 0, contentType: null, bytes: 0 };
    }
  }

  async function handleJob(req: IncomingMessage, res: ServerResponse) {
    const submission: ReferenceSubmission = { at: new Date(), status: 0, authorized: authorized(req) };
    submissions.push(submission);
    const answer = (status: number, body: unknown) => {
      submission.status = status;
      json(res, status, body);
    };
    if (!submission.authorized) return answer(401, { error: "Missing or wrong bearer API key." });
    if (failuresLeft > 0) {
      failuresLeft--;
      const status = behaviour.failStatus ?? 500;
      if (status === 429 || status === 503) res.setHeader("retry-after", "1");
      return answer(status, { error: `Simulated failure; ${failuresLeft} more to come.` });
    }
    const parsed = moderationJobSchema.safeParse(
      await text(req)
        .then((raw) => JSON.parse(raw) as unknown)
        .catch(() => null),
    );
    if (!parsed.success) return answer(422, { error: "Expected JSON { jobId, imageUrl, callbackUrl }." });
    submission.jobId = parsed.data.jobId;

    const image = await fetchImage(parsed.data.imageUrl);
    if (image.status !== 200 || !image.contentType?.startsWith("image/") || image.bytes === 0) {
      return answer(422, {
        error: `Could not fetch the image: HTTP ${image.status}, ${image.contentType ?? "no content type"}.`,
      });
    }
    const job: ReferenceJob = { id: `refjob_${randomUUID()}`, ...parsed.data, image };
    jobs.push(job);
    await service.beforeAccepting?.(job);
    if (behaviour.callBackBeforeAccepting && !behaviour.neverCallBack) {
      await callbackFor(job)();
      return answer(202, { id: job.id });
    }
    answer(202, { id: job.id });
    scheduleCallback(job);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://reference.invalid");
    if (req.method === "POST" && url.pathname === "/jobs") return handleJob(req, res);
    // Inspection and control for a standalone run (tests use the returned object instead).
    if (url.pathname === "/_reference/state" && req.method === "GET") {
      if (!authorized(req)) return json(res, 401, { error: "Missing or wrong bearer API key." });
      return json(res, 200, { behaviour, failuresLeft, submissions, jobs, deliveries });
    }
    if (url.pathname === "/_reference/behaviour" && req.method === "PUT") {
      if (!authorized(req)) return json(res, 401, { error: "Missing or wrong bearer API key." });
      const body = JSON.parse(await text(req)) as ReferenceBehaviour;
      if (body.scores) classScoresSchema.parse(body.scores);
      setBehaviour(body);
      return json(res, 200, { behaviour });
    }
    json(res, 404, { error: "Not found." });
  }

  function setBehaviour(next: ReferenceBehaviour) {
    behaviour = { ...next };
    failuresLeft = next.failTimes ?? 0;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host ?? "127.0.0.1"}:${port}`;

  const service: ReferenceModerationService = {
    jobsUrl: `${origin}/jobs`,
    origin,
    submissions,
    jobs,
    deliveries,
    setBehaviour,
    waitForDeliveries(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (deliveries.length < count) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(deliveries.slice(0, count));
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `Only ${deliveries.length} of ${count} callbacks were delivered within ${timeoutMs} ms.`,
            ),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return service;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const apiKey = process.env.MODERATION_API_KEY;
  const secret = process.env.MODERATION_WEBHOOK_SECRET;
  if (!apiKey || !secret) {
    console.error(
      "Set MODERATION_API_KEY and MODERATION_WEBHOOK_SECRET (whsec_...), the same values the app uses.",
    );
    process.exit(1);
  }
  const service = await startReferenceModerationService({
    apiKey,
    secret,
    port: Number(process.env.REFERENCE_MODERATION_PORT ?? 4010),
    delayMs: Number(process.env.REFERENCE_MODERATION_DELAY_MS ?? 1000),
  });
  console.log(`Reference moderation service (a stand-in, not a real classifier) at ${service.jobsUrl}`);
  const shutdown = () => void service.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
