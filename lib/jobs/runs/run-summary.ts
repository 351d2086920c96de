import { APP_ID } from "@/lib/jobs/mode";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";

export const runSummarySelect = {
  id: true,
  functionId: true,
  eventName: true,
  status: true,
  attempt: true,
  retryStepId: true,
  error: true,
  wakeAt: true,
  waitEvent: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export interface RunSummary {
  id: string;
  /** The function's id without the app prefix, e.g. `process-media`. */
  functionName: string;
  eventName: string;
  status: JobRunStatus;
  /** Attempts used by the most-retried step (1 when nothing failed). */
  attempts: number;
  /** Whether a step or the function is waiting for its next attempt. */
  retrying: boolean;
  durationMs: number | null;
  lastError: string | null;
  wakeAt: Date | null;
  waitEvent: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

type Row = {
  id: string;
  functionId: string;
  eventName: string;
  status: JobRunStatus;
  attempt: number;
  retryStepId: string | null;
  error: string | null;
  wakeAt: Date | null;
  waitEvent: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export function toRunSummary(row: Row): RunSummary {
  const prefix = `${APP_ID}-`;
  return {
    id: row.id,
    functionName: row.functionId.startsWith(prefix) ? row.functionId.slice(prefix.length) : row.functionId,
    eventName: row.eventName,
    status: row.status,
    attempts: row.attempt + 1,
    retrying: row.retryStepId !== null,
    durationMs: row.startedAt && row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    lastError: row.error,
    wakeAt: row.wakeAt,
    waitEvent: row.waitEvent,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
