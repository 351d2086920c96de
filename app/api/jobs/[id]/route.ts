import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { route } from "@/lib/http/json-error";
import { toBulkJobDto } from "@/lib/media/bulk/bulk-job-dto";
import { getBulkJobOrThrow } from "@/lib/media/bulk/get-bulk-job-or-throw";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** A bulk job's progress and result summary; 404 unless the caller may see its model. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { id } = await params;
  const job = await getBulkJobOrThrow(staff, id);
  return NextResponse.json({ job: toBulkJobDto(job) }, { headers: { "cache-control": "private, no-store" } });
});
