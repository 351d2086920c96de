import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { decideMedia } from "@/lib/moderation/decide-media";
import { getModerationHistory } from "@/lib/moderation/get-moderation-history";
import { moderationDecisionSchema } from "@/lib/moderation/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string }> };

const PRIVATE = { "cache-control": "private, no-store" };

/** The photo's moderation status and its whole history (every attempt and decision), newest first. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  return NextResponse.json(await getModerationHistory(staff, slug, id), { headers: PRIVATE });
});

/**
 * A person's decision: `{"decision": "APPROVED" | "REJECTED" | "NEEDS_REVIEW", "reason"?}` → `200
 * {"item": Media}`. Owners and admins decide anything; an editor of the model may only send a
 * rejected photo back for review (403 otherwise); viewers get 403; other models' photos 404.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, id } = await params;
  const input = moderationDecisionSchema.parse(await readJson(request));
  const { item } = await decideMedia(staff, slug, id, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ item }, { headers: PRIVATE });
});
