import type { FunctionRegistry } from "@/lib/embedded-executor/sync-functions";

/** What the rest of the app may ask of the executor running in this process. */
export interface ExecutorHandle {
  readonly id: string;
  readonly running: boolean;
  /** The functions it serves: events sent in this process start their runs at once. */
  readonly registry: FunctionRegistry;
  /** Wake the poll loop now (an event arrived or a run became due). */
  kick(): void;
  stop(): Promise<void>;
}

const globalForExecutor = globalThis as unknown as { jobsExecutor?: ExecutorHandle };

/** The executor started in this process, if any (kept on globalThis so dev reloads see it). */
export function currentExecutor(): ExecutorHandle | undefined {
  return globalForExecutor.jobsExecutor;
}

export function setCurrentExecutor(handle: ExecutorHandle | undefined): void {
  globalForExecutor.jobsExecutor = handle;
}
