import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { toBulkJobDto } from "@/lib/media/bulk/bulk-job-dto";
import { cancelBulkJob } from "@/lib/media/bulk/cancel-bulk-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Asks the job to stop after its current chunk → 202 `{job}`; 409 once it has finished. */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { id } = await params;
  const job = await cancelBulkJob(staff, id);
  return NextResponse.json({ job: toBulkJobDto(job) }, { status: 202 });
});
