import { db } from "@/lib/db";
import { currentExecutor } from "@/lib/embedded-executor/registry";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";
import { jobsMode, type JobsMode } from "@/lib/jobs/mode";

const UNFINISHED: JobRunStatus[] = ["QUEUED", "RUNNING", "SLEEPING", "WAITING"];
/** An executor that has not looked for work for this long counts as gone. */
const ALIVE_WINDOW_MS = 60_000;

export interface JobsHealth {
  ok: boolean;
  mode: JobsMode;
  detail: Record<string, unknown>;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/**
 * The background-jobs part of `GET /api/health`. Embedded: whether an executor runs here or in a worker
 * (one whose heartbeat is under a minute old), when one last claimed work, the queue depth (runs due now
 * that no executor holds) and how long the oldest of them has been due — a growing number means the
 * executors are stuck or overloaded. Cloud/self-hosted: the app only sends.
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
    const [queueDepth, active, waiting, oldest, undispatchedEvents, workers] = await Promise.all([
      db.jobRun.count({ where: due }),
      db.jobRun.count({ where: { leaseUntil: { gte: now } } }),
      db.jobRun.count({ where: { status: { in: ["SLEEPING", "WAITING"] } } }),
      db.jobRun.findFirst({ where: due, orderBy: { wakeAt: "asc" }, select: { wakeAt: true } }),
      db.jobEvent.count({ where: { dispatchedAt: null } }),
      db.jobWorker.findMany({
        where: { heartbeatAt: { gte: new Date(now.getTime() - ALIVE_WINDOW_MS) } },
        orderBy: { heartbeatAt: "desc" },
      }),
    ]);
    const lastClaim = workers
      .map((worker) => worker.lastClaimAt)
      .filter((at): at is Date => at !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const heartbeat = workers[0]?.heartbeatAt;
    return {
      ok: running || workers.length > 0,
      mode,
      detail: {
        running,
        executors: workers.length,
        lastHeartbeatSecondsAgo: heartbeat ? seconds(heartbeat, now) : null,
        lastClaimSecondsAgo: lastClaim ? seconds(lastClaim, now) : null,
        claimedInLastMinute: lastClaim ? now.getTime() - lastClaim.getTime() <= ALIVE_WINDOW_MS : false,
        queueDepth,
        active,
        sleepingOrWaiting: waiting,
        oldestWaitingSeconds: oldest?.wakeAt ? seconds(oldest.wakeAt, now) : 0,
        undispatchedEvents,
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, mode, detail: { running, error: `Job tables unreachable: ${reason}` } };
  }
}
