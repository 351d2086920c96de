// Starts the embedded executor in a test process on the app's functions, plus test-only functions that
// the harness registers here (the app's own function list never holds them).
import { serve } from "inngest/next";
import { functions, inngestHandler } from "@/inngest/serve";
import { startExecutor, type Executor, type ExecutorOptions } from "@/lib/embedded-executor/start-executor";
import { inngest } from "@/lib/jobs/client";

type ServedFunction = NonNullable<Parameters<typeof serve>[0]["functions"]>[number];

export function startTestExecutor(
  options: Omit<ExecutorOptions, "handler"> = {},
  extraFunctions: ServedFunction[] = [],
): Promise<Executor> {
  const handler = extraFunctions.length
    ? serve({ client: inngest, functions: [...functions, ...extraFunctions] })
    : inngestHandler;
  return startExecutor({ handler, ...options });
}
