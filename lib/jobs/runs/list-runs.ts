import { assertRole, MANAGER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";
import { runSummarySelect, toRunSummary, type RunSummary } from "@/lib/jobs/runs/run-summary";

/** The most recent runs of the embedded executor, newest first, for owners and admins. */
export async function listRuns(
  user: StaffUser,
  { status, take = 100 }: { status?: JobRunStatus; take?: number } = {},
): Promise<RunSummary[]> {
  assertRole(user, ...MANAGER_ROLES);
  const rows = await db.jobRun.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(take, 1), 500),
    select: runSummarySelect,
  });
  return rows.map(toRunSummary);
}

/** How many runs are in each status, for the filter tabs. */
export async function countRunsByStatus(user: StaffUser): Promise<Partial<Record<JobRunStatus, number>>> {
  assertRole(user, ...MANAGER_ROLES);
  const groups = await db.jobRun.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}
