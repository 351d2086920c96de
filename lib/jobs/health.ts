import { db } from "@/lib/db";
import { currentExecutor } from "@/lib/embedded-executor/registry";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";
import { jobsMode, type JobsMode } from "@/lib/jobs/mode";

const UNFINISHED: JobRunStatus[] = ["QUEUED", "RUNNING", "SLEEPING", "WAITING"];

export interface JobsHealth {
  ok: boolean;
  mode: JobsMode;
  detail: Record<string, unknown>;
}

/**
 * The background-jobs part of `GET /api/health`. Embedded: whether this process's executor runs, the
 * queue depth (runs due now that no executor holds) and how long the oldest of them has been due —
 * a growing number means the executor is stuck or overloaded. Cloud/self-hosted: the app only sends.
 */
export async function checkJobs(): Promise<JobsHealth> {
  const mode = jobsMode();
  if (mode !== "embedded") {
    return {
      ok: true,
      mode,
      detail: { server: process.env.INNGEST_BASE_URL || process.env.INNGEST_DEV || "Inngest Cloud" },
    };
  }
  const running = currentExecutor()?.running ?? false;
  try {
    const now = new Date();
    const due = {
      status: { in: UNFINISHED },
      wakeAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    };
    const [queueDepth, active, waiting, oldest] = await Promise.all([
      db.jobRun.count({ where: due }),
      db.jobRun.count({ where: { leaseUntil: { gte: now } } }),
      db.jobRun.count({ where: { status: { in: ["SLEEPING", "WAITING"] } } }),
      db.jobRun.findFirst({ where: due, orderBy: { wakeAt: "asc" }, select: { wakeAt: true } }),
    ]);
    const oldestWaitingSeconds = oldest?.wakeAt
      ? Math.max(0, Math.round((now.getTime() - oldest.wakeAt.getTime()) / 1000))
      : 0;
    return {
      ok: running,
      mode,
      detail: { running, queueDepth, active, sleepingOrWaiting: waiting, oldestWaitingSeconds },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, mode, detail: { running, error: `Job tables unreachable: ${reason}` } };
  }
}
