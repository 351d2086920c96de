import { Workflow } from "lucide-react";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { PageHeader } from "@/components/admin/page-header";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { JobRunStatus } from "@/lib/generated/prisma/enums";
import { checkJobs } from "@/lib/jobs/health";
import { countRunsByStatus, listRuns } from "@/lib/jobs/runs/list-runs";
import { jobsMode } from "@/lib/jobs/mode";
import { ExternalDashboard } from "./external-dashboard";
import { formatDuration, RunStatusBadge } from "./status-badge";

export const metadata: Metadata = { title: "Jobs" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUSES = Object.values(JobRunStatus);

export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePageStaff();
  if (!isManager(staff)) forbidden();
  const mode = jobsMode();
  if (mode !== "embedded") {
    return (
      <>
        <PageHeader
          title="Jobs"
          description="Background work: processing uploads, moderation, gallery regeneration."
        />
        <ExternalDashboard mode={mode} />
      </>
    );
  }

  const raw = (await searchParams).status;
  const status = STATUSES.find((s) => s === raw);
  const [runs, counts, health] = await Promise.all([
    listRuns(staff, { status, take: 100 }),
    countRunsByStatus(staff),
    checkJobs(),
  ]);
  const now = new Date();
  const detail = health.detail as {
    running?: boolean;
    executors?: number;
    queueDepth?: number;
    oldestWaitingSeconds?: number;
    error?: string;
  };
  const where = detail.running ? "in this process" : `in ${detail.executors ?? 0} worker process(es)`;

  return (
    <>
      <PageHeader
        title="Jobs"
        description={
          health.ok
            ? `The embedded executor is running ${where}: ${detail.queueDepth ?? 0} run(s) due${detail.oldestWaitingSeconds ? `, the oldest waiting ${detail.oldestWaitingSeconds} s` : ""}.`
            : `No embedded executor has run in the last minute${detail.error ? ` (${detail.error})` : ""}; queued runs wait until the worker starts.`
        }
      />

      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-1.5">
        {[undefined, ...STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={s ? `/admin/jobs?status=${s}` : "/admin/jobs"}
            aria-current={s === status ? "page" : undefined}
            className={cn(
              "rounded-md px-2.5 py-1 text-[13px] font-medium ring-1 ring-inset",
              s === status
                ? "bg-zinc-900 text-white ring-zinc-900"
                : "text-zinc-600 ring-zinc-200 hover:bg-zinc-50",
            )}
          >
            {s ? s.toLowerCase() : "all"}
            {s && counts[s] ? <span className="ml-1 opacity-70">{counts[s]}</span> : null}
          </Link>
        ))}
      </nav>

      {runs.length === 0 ? (
        <EmptyState
          icon={Workflow}
          title={status ? `No ${status.toLowerCase()} runs` : "No runs yet"}
          description="Runs appear here when uploads are processed, photos are moderated and galleries change."
        />
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>Function</TH>
              <TH>Status</TH>
              <TH className="text-right">Attempts</TH>
              <TH className="text-right">Duration</TH>
              <TH>Last error</TH>
              <TH>Started</TH>
            </tr>
          </THead>
          <TBody>
            {runs.map((run) => (
              <TR key={run.id}>
                <TD>
                  <Link href={`/admin/jobs/${run.id}`} className="font-medium text-zinc-900 hover:underline">
                    {run.functionName}
                  </Link>
                  <div className="text-xs text-zinc-500">{run.eventName}</div>
                </TD>
                <TD>
                  <RunStatusBadge status={run.status} retrying={run.retrying} />
                </TD>
                <TD className="text-right tabular-nums">{run.attempts}</TD>
                <TD className="text-right tabular-nums">{formatDuration(run.durationMs)}</TD>
                <TD className="max-w-xs truncate text-xs text-red-700" title={run.lastError ?? undefined}>
                  {run.lastError ?? <span className="text-zinc-500">—</span>}
                </TD>
                <TD
                  className="text-xs whitespace-nowrap text-zinc-500"
                  title={formatTimestamp(run.createdAt)}
                >
                  {formatRelative(run.createdAt, now)}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
