import { serve } from "inngest/next";
import { functions } from "@/inngest/serve";
import { inngest } from "@/lib/jobs/client";

/**
 * The SDK's serve handler for every function. `app/api/inngest/route.ts` exports it, and the embedded
 * executor calls the very same handler in-process with plain `Request` objects.
 */
export const inngestHandler = serve({ client: inngest, functions });
