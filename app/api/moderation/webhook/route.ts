import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/json-error";
import { inngest } from "@/lib/jobs/client";
import { moderationCallbackReceived } from "@/lib/jobs/events";
import { logger } from "@/lib/logger";
import { forgetWebhookReceipt } from "@/lib/moderation/forget-webhook-receipt";
import { receiveModerationCallback } from "@/lib/moderation/receive-moderation-callback";
import { moderationCallbackSchema } from "@/lib/moderation/schemas";
import { verifyWebhook } from "@/lib/moderation/verify-webhook";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Callbacks are a few hundred bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

const log = logger.child({ domain: "moderation" });

function parseBody(raw: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new AppError("invalid", "The callback body must be JSON.");
  }
}

/**
 * The external moderation provider's signed result (Standard Webhooks). The signature is checked on
 * the raw bytes before anything is parsed: a wrong one is a 401 that changes nothing. A repeated
 * `webhook-id` is answered 200 and changes nothing. The scores go onto the attempt's row and out as
 * `moderation/callback.received`, which the waiting moderation run picks up.
 */
export const POST = route(async (request: Request) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("too_large", "The callback body is too large.");
  const raw = new Uint8Array(await request.arrayBuffer());
  if (raw.byteLength > MAX_BODY_BYTES) throw new AppError("too_large", "The callback body is too large.");

  const { id: webhookId } = verifyWebhook({ headers: request.headers, body: raw });
  const callback = moderationCallbackSchema.parse(parseBody(raw));

  const receipt = await receiveModerationCallback(webhookId, callback);
  if (receipt.status === "duplicate") return NextResponse.json({ received: true, duplicate: true });
  if (receipt.status === "ignored") {
    log.warn(
      { webhookId, jobId: callback.data.jobId, reason: receipt.reason },
      "moderation callback ignored",
    );
    return NextResponse.json({ received: true, ignored: receipt.reason });
  }

  try {
    await inngest.send(
      moderationCallbackReceived.create(
        {
          mediaId: receipt.mediaId,
          checkId: receipt.checkId,
          externalId: receipt.externalId,
          scores: receipt.scores,
        },
        // One event per attempt: a second callback for the same job starts nothing new.
        { id: `moderation-callback-${receipt.checkId}` },
      ),
    );
  } catch (error) {
    // The scores are stored, but the run may be waiting for the event: let the sender try again.
    log.error({ err: error, webhookId }, "could not announce a moderation callback");
    await forgetWebhookReceipt(webhookId);
    throw new AppError("unavailable", "The callback could not be processed now; please retry.");
  }
  return NextResponse.json({ received: true });
});
