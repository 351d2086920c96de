import { jobsMode } from "@/lib/jobs/mode";
import { handleExecutorRequest } from "@/lib/embedded-executor/handle-executor-request";

// The embedded executor's event endpoint: another process's Inngest SDK with
// INNGEST_DEV=<app url>/api/jobs/executor/ and INNGEST_EVENT_KEY sends events here.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  if (jobsMode() !== "embedded") {
    return Response.json(
      { error: "The embedded executor is off: events go to the configured Inngest server.", status: 404 },
      { status: 404 },
    );
  }
  return handleExecutorRequest(request);
}
