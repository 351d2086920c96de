// The http moderation provider against the REFERENCE MODERATION SERVICE (tools/moderation-reference),
// a local stand-in for a remote moderation API that cannot be reached from here. The service fetches
// the photo from the app's real copy route handler (signed URL checked, file served from the real local
// storage), behind a small node:http server; the callback side is wired from the real domain functions
// (Standard Webhooks verification, receipts on the real database, policy) so each delivery can be
// inspected. The webhook route handler itself is tested with the moderation flows.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { isolateEnv } = await import("../helpers/isolated-env");
  isolateEnv("moderation-provider", { tmpDir: false });
});

import { rm } from "node:fs/promises";
import { GET as copyRoute } from "@/app/api/moderation/copies/[mediaId]/[revision]/route";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { applyPolicy, type PolicyOutcome } from "@/lib/moderation/apply-policy";
import { submitHttpModerationJob } from "@/lib/moderation/providers/http";
import { makeModerationCopy, type ModerationCopy } from "@/lib/moderation/make-moderation-copy";
import { ModerationProviderError } from "@/lib/moderation/provider-error";
import { recordWebhookReceipt } from "@/lib/moderation/record-webhook-receipt";
import { moderationCallbackSchema, type ModerationCallback } from "@/lib/moderation/schemas";
import { signUrl } from "@/lib/moderation/sign-url";
import { verifyWebhook } from "@/lib/moderation/verify-webhook";
import { generateWebhookSecret } from "@/lib/moderation/webhook-secret";
import { getStorage } from "@/lib/storage/get-storage";
import { moderationCopyKey } from "@/lib/storage/keys";
import {
  REFERENCE_MODEL,
  SAFE_SCORES,
  startReferenceModerationService,
  type ReferenceModerationService,
} from "@/tools/moderation-reference/server";

import { FIXTURES } from "../helpers/fixtures";
const API_KEY = "reference-api-key";
const secret = generateWebhookSecret();

type Handled = { webhookId: string; callback: ModerationCallback; outcome: PolicyOutcome };

/** The app's side of the contract: the real copy route, and a webhook receiver that records what it handled. */
class AppSide {
  copy!: ModerationCopy;
  handled: Handled[] = [];
  refused: string[] = [];
  imageRequests: number[] = [];
  secrets = [secret];
  server: Server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  });

  get origin() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  imageUrl(mediaId: string, options: { expiresInSeconds?: number } = {}) {
    return signUrl(`${this.origin}/api/moderation/copies/${mediaId}/1`, options);
  }

  /** Stores the moderation copy of revision 1 of `mediaId` where the copy route serves it from. */
  storeCopy(mediaId: string) {
    return getStorage().put(moderationCopyKey(mediaId, 1), this.copy.data, {
      contentType: this.copy.contentType,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.origin);
    const copy = /^\/api\/moderation\/copies\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && copy) {
      const response = await copyRoute(new Request(url, { headers: req.headers as Record<string, string> }), {
        params: Promise.resolve({ mediaId: copy[1]!, revision: copy[2]! }),
      });
      this.imageRequests.push(response.status);
      const body = Buffer.from(await response.arrayBuffer());
      return res.writeHead(response.status, Object.fromEntries(response.headers)).end(body);
    }
    if (req.method === "POST" && url.pathname === "/api/moderation/webhook") {
      const body = await buffer(req);
      let webhookId: string;
      try {
        webhookId = verifyWebhook({ headers: req.headers, body }, { secrets: this.secrets }).id;
      } catch (error) {
        this.refused.push((error as AppError).message);
        return res.writeHead((error as AppError).status).end((error as AppError).message);
      }
      if (!(await recordWebhookReceipt(webhookId))) return res.writeHead(200).end("already handled");
      const callback = moderationCallbackSchema.parse(JSON.parse(body.toString("utf8")));
      this.handled.push({ webhookId, callback, outcome: applyPolicy(callback.data.scores) });
      return res.writeHead(204).end();
    }
    res.writeHead(404).end();
  }
}

const app = new AppSide();
let reference: ReferenceModerationService;

beforeAll(async () => {
  app.copy = await makeModerationCopy(path.join(FIXTURES, "door-knocker.jpg"));
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  reference = await startReferenceModerationService({ apiKey: API_KEY, secret, delayMs: 20 });
});

afterEach(() => {
  reference.setBehaviour({});
  reference.submissions.length = 0;
  reference.jobs.length = 0;
  reference.deliveries.length = 0;
  app.handled = [];
  app.refused = [];
  app.imageRequests = [];
  app.secrets = [secret];
});

afterAll(async () => {
  await reference?.stop();
  app.server.closeAllConnections();
  await new Promise((resolve) => app.server.close(resolve));
  await rm(path.dirname(path.resolve(config().STORAGE_DIR)), { recursive: true, force: true });
});

function job(jobId: string, imageUrl = app.imageUrl(`media_${jobId}`)) {
  return { jobId, imageUrl, callbackUrl: `${app.origin}/api/moderation/webhook` };
}

async function submit(jobId: string, options: { apiKey?: string; imageUrl?: string } = {}) {
  await app.storeCopy(`media_${jobId}`);
  return submitHttpModerationJob(job(jobId, options.imageUrl), {
    apiUrl: reference.jobsUrl,
    apiKey: options.apiKey ?? API_KEY,
  });
}

async function failure(promise: Promise<unknown>): Promise<ModerationProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModerationProviderError);
  return error as ModerationProviderError;
}

describe("http moderation provider against the reference service", () => {
  it("round trip: the job is accepted, the service fetches the signed copy, and its signed callback is verified and decided", async () => {
    const { externalId } = await submit("check_round_trip");
    expect(externalId).toMatch(/^refjob_/);

    const [delivery] = await reference.waitForDeliveries(1);
    expect(delivery).toMatchObject({ status: 204, externalId, jobId: "check_round_trip" });
    expect(reference.jobs[0]?.image).toEqual({
      status: 200,
      contentType: "image/jpeg",
      bytes: app.copy.data.length,
    });
    expect(app.imageRequests).toEqual([200]);

    expect(app.handled).toHaveLength(1);
    const [handled] = app.handled;
    expect(handled?.webhookId).toBe(delivery?.webhookId);
    expect(handled?.callback.data).toEqual({
      id: externalId,
      jobId: "check_round_trip",
      model: REFERENCE_MODEL,
      scores: SAFE_SCORES,
    });
    expect(handled?.outcome.decision).toBe("APPROVED");
  });

  it("reports the specific scores it was told to, and the policy follows them", async () => {
    reference.setBehaviour({ scores: { Drawing: 0, Hentai: 0.05, Neutral: 0.02, Porn: 0.9, Sexy: 0.03 } });
    await submit("check_explicit");
    await reference.waitForDeliveries(1);
    expect(app.handled[0]?.outcome.decision).toBe("REJECTED");
  });

  it("fails 3 times with retryable errors, then succeeds on the 4th attempt", async () => {
    reference.setBehaviour({ failTimes: 3 });
    for (let attempt = 1; attempt <= 3; attempt++) {
      const error = await failure(submit("check_flaky"));
      expect(error.retryable).toBe(true);
      expect(error.details.status).toBe(500);
      expect(error.message).toMatch(/refused the job with HTTP 500/);
    }
    const { externalId } = await submit("check_flaky");
    expect(reference.submissions.map((s) => s.status)).toEqual([500, 500, 500, 202]);
    await reference.waitForDeliveries(1);
    expect(app.handled.map((h) => h.callback.data.id)).toEqual([externalId]);
  });

  it("treats 429 as retryable and passes on Retry-After", async () => {
    reference.setBehaviour({ failTimes: 1, failStatus: 429 });
    const error = await failure(submit("check_throttled"));
    expect(error).toMatchObject({ retryable: true, details: { status: 429, retryAfterMs: 1000 } });
  });

  it("refuses a wrong API key as a permanent error", async () => {
    const error = await failure(submit("check_bad_key", { apiKey: "wrong" }));
    expect(error).toMatchObject({ retryable: false, details: { status: 401 } });
    expect(reference.jobs).toHaveLength(0);
  });

  it("cannot fetch an expired signed URL, so the job is refused permanently", async () => {
    const error = await failure(
      submit("check_expired", { imageUrl: app.imageUrl("media_x", { expiresInSeconds: -1 }) }),
    );
    expect(error).toMatchObject({ retryable: false, details: { status: 422 } });
    expect(error.message).toMatch(/Could not fetch the image: HTTP 403/);
    expect(app.imageRequests).toEqual([403]);
  });

  it("a tampered image URL (another photo's id) is refused the same way", async () => {
    await app.storeCopy("media_someone_else");
    const signed = new URL(app.imageUrl("media_mine"));
    signed.pathname = "/api/moderation/copies/media_someone_else/1";
    const error = await failure(submit("check_tampered", { imageUrl: signed.toString() }));
    expect(error.retryable).toBe(false);
    expect(app.imageRequests).toEqual([403]);
  });

  it("a redelivered callback (same webhook-id) is acknowledged but handled once", async () => {
    reference.setBehaviour({ deliverTwice: true });
    await submit("check_twice");
    const deliveries = await reference.waitForDeliveries(2);
    expect(deliveries[0]?.webhookId).toBe(deliveries[1]?.webhookId);
    expect(deliveries.map((d) => d.status)).toEqual([204, 200]);
    expect(app.handled).toHaveLength(1);
  });

  it("refuses a callback signed with a secret the app does not hold, and accepts the previous one during rotation", async () => {
    app.secrets = [generateWebhookSecret()];
    await submit("check_wrong_secret");
    expect((await reference.waitForDeliveries(1))[0]?.status).toBe(401);
    expect(app.refused).toEqual(["The webhook signature does not match: wrong secret or a modified body."]);
    expect(app.handled).toHaveLength(0);

    // The service still signs with `secret`, which the app now holds as its previous secret.
    app.secrets = [generateWebhookSecret(), secret];
    await submit("check_rotation");
    expect((await reference.waitForDeliveries(2))[1]?.status).toBe(204);
    expect(app.handled).toHaveLength(1);
  });

  it("accepts a job but never calls back when told to (for the moderation timeout)", async () => {
    reference.setBehaviour({ neverCallBack: true });
    const { externalId } = await submit("check_silent");
    expect(reference.jobs.map((j) => j.id)).toEqual([externalId]);
    await expect(reference.waitForDeliveries(1, 300)).rejects.toThrow(/Only 0 of 1 callbacks/);
  });
});

describe("http moderation provider transport failures", () => {
  it("a service that is down is a retryable error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      submitHttpModerationJob(job("check_down"), {
        apiUrl: `http://127.0.0.1:${port}/jobs`,
        apiKey: API_KEY,
      }),
    );
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/could not be reached/);
  });

  it("a service that never answers is a retryable timeout", async () => {
    const silent = createServer(() => {
      /* holds the request open */
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const apiUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/jobs`;
      const error = await failure(
        submitHttpModerationJob(job("check_hang"), { apiUrl, apiKey: API_KEY, timeoutMs: 200 }),
      );
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(/did not answer within 200 ms/);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("a 2xx answer without a job id is a permanent error", async () => {
    const odd = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end("{}"),
    );
    await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
    try {
      const apiUrl = `http://127.0.0.1:${(odd.address() as AddressInfo).port}/jobs`;
      const error = await failure(submitHttpModerationJob(job("check_odd"), { apiUrl, apiKey: API_KEY }));
      expect(error).toMatchObject({ retryable: false, message: expect.stringMatching(/without a job id/) });
    } finally {
      odd.closeAllConnections();
      await new Promise((resolve) => odd.close(resolve));
    }
  });
});
