import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { createBulkJob } from "@/lib/media/bulk/create-bulk-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * `{action, ids? | filter?, ...args}` → 202 `{job: {id, status, total}}`; the work runs as the durable
 * `bulk-media` job, followed with `GET /api/jobs/{id}`.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug } = await params;
  const job = await createBulkJob(staff, slug, await readJson(request));
  return NextResponse.json(
    { job: { id: job.id, status: job.status, total: job.total } },
    { status: 202, headers: { "cache-control": "private, no-store" } },
  );
});
