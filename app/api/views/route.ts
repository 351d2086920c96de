import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/json-error";
import { logger } from "@/lib/logger";
import { isBot } from "@/lib/views/is-bot";
import { recordView } from "@/lib/views/record-view";
import { viewThrottle } from "@/lib/views/view-throttle";
import { VIEW_BEACON_MAX_BYTES, viewBeaconSchema } from "@/lib/views/view-schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const accepted = () => new Response(null, { status: 204, headers: { "cache-control": "no-store" } });

/**
 * The gallery pages' view beacon (`navigator.sendBeacon`, so the body arrives as text/plain JSON):
 * `{model, section}` for a page view, plus `photo` for a photo opened in the lightbox. Answers 204
 * whether or not the view counted (bots, unknown or hidden targets and repeats are ignored silently,
 * so the answer tells nothing about what exists); 422 for a malformed body, 429 past the budget.
 */
export const POST = route(async (request: Request) => {
  const text = await request.text();
  if (text.length > VIEW_BEACON_MAX_BYTES) throw new AppError("too_large", "A view is a few bytes.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
  const view = viewBeaconSchema.parse(body);
  if (isBot(request.headers.get("user-agent"))) return accepted();

  const target = `${view.model}/${view.section}/${view.photo ?? ""}`;
  const verdict = viewThrottle.check(clientIp(request.headers) ?? "unknown", target);
  if (verdict === "limited")
    throw new AppError("rate_limited", "Too many views from this address; slow down.");
  if (verdict === "repeat") return accepted();

  try {
    await recordView(view);
  } catch (error) {
    // A lost view is not worth a visitor's error: log it and move on.
    logger.error({ err: error, view }, "could not record a gallery view");
  }
  return accepted();
});
