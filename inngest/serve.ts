import { serve } from "inngest/next";
import { bulkMedia } from "@/inngest/bulk-media";
import { dailyMaintenance } from "@/inngest/daily-maintenance";
import { deriveAvif } from "@/inngest/derive-avif";
import { moderateMedia } from "@/inngest/moderate-media";
import { processMedia } from "@/inngest/process-media";
import { rederiveWatermark } from "@/inngest/rederive-watermark";
import { inngest } from "@/lib/jobs/client";

// Every durable function the app serves. Add a feature's functions here (one per file in this folder);
// Inngest Cloud, a self-hosted server and the embedded executor (worker or in-app) all read this list.
export const functions = [
  processMedia,
  deriveAvif,
  rederiveWatermark,
  moderateMedia,
  dailyMaintenance,
  bulkMedia,
];

/**
 * The SDK's serve handler for every function. `app/api/inngest/route.ts` exports it, and the embedded
 * executor (started by `scripts/worker.ts` or `instrumentation.ts`) calls the very same handler in-process.
 */
export const inngestHandler = serve({ client: inngest, functions });
