"use client";

import { Ban, RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";
import { cancelRunAction, retryRunAction } from "./actions";

/** Retry for a failed run, cancel for a sleeping or waiting one; nothing otherwise. */
export function RunActions({ runId, status }: { runId: string; status: JobRunStatus }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(action: typeof retryRunAction, done: string) {
    startTransition(async () => {
      const result = await action({ runId });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(done);
      router.refresh();
    });
  }

  if (status === "FAILED") {
    return (
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        onClick={() => run(retryRunAction, "Run queued again")}
      >
        <RotateCcw aria-hidden /> Retry run
      </Button>
    );
  }
  if (status === "WAITING" || status === "SLEEPING") {
    return (
      <Button
        variant="danger"
        size="sm"
        pending={pending}
        onClick={() => run(cancelRunAction, "Run cancelled")}
      >
        <Ban aria-hidden /> Cancel run
      </Button>
    );
  }
  return null;
}
