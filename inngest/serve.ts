import { dailyMaintenance } from "@/inngest/daily-maintenance";
import { deriveAvif } from "@/inngest/derive-avif";
import { demoCronFunctions, demoFunctions } from "@/inngest/jobs-demo";
import { moderateMedia } from "@/inngest/moderate-media";
import { processMedia } from "@/inngest/process-media";
import { rederiveWatermark } from "@/inngest/rederive-watermark";

// Every durable function the app serves at /api/inngest. Add a feature's functions here (one per file
// in this folder); the embedded executor, Inngest Cloud and a self-hosted server all read this list.
export const functions = [
  processMedia,
  deriveAvif,
  rederiveWatermark,
  moderateMedia,
  dailyMaintenance,
  ...(process.env.JOBS_DEMO_FUNCTIONS === "1" ? demoFunctions : []),
  ...(process.env.JOBS_DEMO_CRON === "1" ? demoCronFunctions : []),
];
