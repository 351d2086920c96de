"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { MANAGER_ROLES } from "@/lib/auth/roles";
import { cancelRun } from "@/lib/jobs/runs/cancel-run";
import { retryRun } from "@/lib/jobs/runs/retry-run";

const runInput = z.object({ runId: z.string().min(1).max(191) });

export const retryRunAction = safeAction(
  runInput,
  async ({ runId }, { staff, ip }) => {
    await retryRun(staff, runId, { ip });
    revalidatePath("/admin/jobs");
    return { runId };
  },
  { roles: MANAGER_ROLES },
);

export const cancelRunAction = safeAction(
  runInput,
  async ({ runId }, { staff, ip }) => {
    await cancelRun(staff, runId, { ip });
    revalidatePath("/admin/jobs");
    return { runId };
  },
  { roles: MANAGER_ROLES },
);
