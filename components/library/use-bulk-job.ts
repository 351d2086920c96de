"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { cancelBulkJob, fetchBulkJob, startBulkJob, type BulkJob, type BulkRequest } from "./workspace-api";

const POLL_MS = 500;
/** How long the finished bar stays, so a quick job is seen to have run. */
const LINGER_MS = 1500;
const FINAL = new Set<BulkJob["status"]>(["COMPLETED", "FAILED", "CANCELLED"]);

export interface BulkRun {
  /** "Moving 12 photos to the trash". */
  label: string;
  jobs: BulkJob[];
  finished: boolean;
  cancelling: boolean;
}

export interface BulkOutcome {
  done: number;
  failed: number;
  total: number;
  cancelled: boolean;
  errors: { id: string; message: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Bulk jobs with progress: one job per model (`POST …/media/bulk`), polled every 500 ms until all
 * are done, with a cancel for all of them. One run at a time.
 */
export function useBulkJob() {
  const [run, setRun] = useState<BulkRun | null>(null);
  const runRef = useRef<BulkRun | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = useCallback((next: BulkRun | null) => {
    runRef.current = next;
    if (alive.current) setRun(next);
  }, []);

  const start = useCallback(
    async (label: string, requests: { slug: string; body: BulkRequest }[]): Promise<BulkOutcome> => {
      update({ label, jobs: [], finished: false, cancelling: false });
      try {
        let jobs = await Promise.all(requests.map(({ slug, body }) => startBulkJob(slug, body)));
        update({ ...runRef.current!, jobs });
        while (alive.current && jobs.some((job) => !FINAL.has(job.status))) {
          await sleep(POLL_MS);
          jobs = await Promise.all(jobs.map((job) => (FINAL.has(job.status) ? job : fetchBulkJob(job.id))));
          update({ ...runRef.current!, jobs });
        }
        update({ ...runRef.current!, jobs, finished: true });
        setTimeout(() => {
          if (runRef.current?.finished) update(null);
        }, LINGER_MS);
        return {
          done: jobs.reduce((sum, job) => sum + job.done, 0),
          failed: jobs.reduce((sum, job) => sum + job.failed, 0),
          total: jobs.reduce((sum, job) => sum + job.total, 0),
          cancelled: jobs.some((job) => job.status === "CANCELLED"),
          errors: jobs.flatMap((job) => job.errors ?? []),
        };
      } catch (error) {
        update(null);
        throw error;
      }
    },
    [update],
  );

  const cancel = useCallback(async () => {
    const current = runRef.current;
    if (!current || current.finished) return;
    update({ ...current, cancelling: true });
    await Promise.all(
      current.jobs.filter((job) => !FINAL.has(job.status)).map((job) => cancelBulkJob(job.id)),
    );
  }, [update]);

  return { run, start, cancel, busy: run !== null && !run.finished };
}
