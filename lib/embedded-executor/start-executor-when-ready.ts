import { logger } from "@/lib/logger";
import { startExecutor, type Executor, type ExecutorOptions } from "@/lib/embedded-executor/start-executor";

const log = logger.child({ domain: "jobs" });
const RETRY_MS = 5000;

/** Starts the executor, trying again every few seconds while the database cannot be reached. */
export async function startExecutorWhenReady(options: ExecutorOptions): Promise<Executor> {
  for (;;) {
    try {
      return await startExecutor(options);
    } catch (error) {
      log.error(
        { err: error },
        `the embedded jobs executor did not start; trying again in ${RETRY_MS / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
