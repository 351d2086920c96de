import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { formatTimestamp } from "@/components/admin/format-time";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getRun } from "@/lib/jobs/runs/get-run";
import { RunActions } from "../run-actions";
import { formatDuration, RunStatusBadge } from "../status-badge";

export const metadata: Metadata = { title: "Job run" };
export const dynamic = "force-dynamic";

async function loadRun(staff: Awaited<ReturnType<typeof requirePageStaff>>, id: string) {
  try {
    return await getRun(staff, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function JobRunPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePageStaff();
  if (!isManager(staff)) forbidden();
  const run = await loadRun(staff, (await params).id);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/jobs", label: "Jobs" }]}
        title={run.functionName}
        description={`Run ${run.id}, started by ${run.eventName}`}
        actions={<RunActions runId={run.id} status={run.status} />}
      />

      <dl className="mb-8 grid grid-cols-2 gap-4 rounded-xl border border-zinc-200 bg-white p-5 text-sm shadow-xs sm:grid-cols-4">
        <div>
          <dt className="text-xs text-zinc-500">Status</dt>
          <dd className="mt-1">
            <RunStatusBadge status={run.status} retrying={run.retrying} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500">Attempts</dt>
          <dd className="mt-1 tabular-nums">{run.attempts}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500">Duration</dt>
          <dd className="mt-1 tabular-nums">{formatDuration(run.durationMs)}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500">Created</dt>
          <dd className="mt-1">{formatTimestamp(run.createdAt)}</dd>
        </div>
        {run.lastError && (
          <div className="col-span-full">
            <dt className="text-xs text-zinc-500">Last error</dt>
            <dd className="mt-1 font-mono text-xs break-words text-red-700">{run.lastError}</dd>
          </div>
        )}
        {run.blockedOn.length > 0 && (
          <div className="col-span-full">
            <dt className="text-xs text-zinc-500">Waiting on</dt>
            <dd className="mt-1 space-y-1">
              {run.blockedOn.map((item) => (
                <div key={`${item.kind}-${item.name}`} className="flex flex-wrap items-center gap-2">
                  <Badge tone="violet">{item.kind}</Badge>
                  <span className="font-medium">{item.name}</span>
                  {item.detail && <span className="font-mono text-xs text-zinc-500">{item.detail}</span>}
                  {item.until && (
                    <span className="text-xs text-zinc-500">until {formatTimestamp(item.until)}</span>
                  )}
                </div>
              ))}
            </dd>
          </div>
        )}
      </dl>

      <h2 className="mb-3 text-base font-semibold text-zinc-900">Steps</h2>
      {run.timeline.length === 0 ? (
        <p className="mb-8 text-sm text-zinc-500">No step has run yet.</p>
      ) : (
        <div className="mb-8">
          <Table>
            <THead>
              <tr>
                <TH>Step</TH>
                <TH>Outcome</TH>
                <TH className="text-right">Attempt</TH>
                <TH className="text-right">Took</TH>
                <TH>Error</TH>
              </tr>
            </THead>
            <TBody>
              {run.timeline.map((step) => (
                <TR key={step.id}>
                  <TD className="font-medium text-zinc-900">{step.name}</TD>
                  <TD>
                    <Badge tone={step.error ? (step.retryAt ? "amber" : "red") : "green"}>{step.op}</Badge>
                  </TD>
                  <TD className="text-right tabular-nums">{step.attempt + 1}</TD>
                  <TD className="text-right tabular-nums">
                    {formatDuration(step.finishedAt.getTime() - step.startedAt.getTime())}
                  </TD>
                  <TD className="max-w-md text-xs break-words text-red-700">
                    {step.error ?? ""}
                    {step.retryAt && (
                      <div className="text-zinc-500">retry at {formatTimestamp(step.retryAt)}</div>
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <section>
          <h2 className="mb-3 text-base font-semibold text-zinc-900">Event</h2>
          <pre className="max-h-96 overflow-auto rounded-xl border border-zinc-200 bg-zinc-50 p-4 text-xs">
            {run.event}
          </pre>
        </section>
        {run.output !== null && (
          <section>
            <h2 className="mb-3 text-base font-semibold text-zinc-900">Output</h2>
            <pre className="max-h-96 overflow-auto rounded-xl border border-zinc-200 bg-zinc-50 p-4 text-xs">
              {run.output}
            </pre>
          </section>
        )}
      </div>
    </>
  );
}
