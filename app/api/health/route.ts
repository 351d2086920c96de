import { NextResponse } from "next/server";
import { checkHealth } from "./check-health";

/** `{status, checks: {database, storage, jobs}}`: 200 when every check passes, 503 otherwise. */
export async function GET() {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
