import { ExternalLink, Workflow } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { JobsMode } from "@/lib/jobs/mode";

/** Where runs are inspected when an Inngest server (not the embedded executor) runs them. */
export function dashboardUrl(mode: JobsMode, env: Record<string, string | undefined> = process.env): string {
  if (mode === "cloud") return "https://app.inngest.com";
  const dev = env.INNGEST_DEV && /^https?:\/\//.test(env.INNGEST_DEV) ? env.INNGEST_DEV : undefined;
  return env.INNGEST_BASE_URL || dev || "http://localhost:8288";
}

export function ExternalDashboard({ mode }: { mode: JobsMode }) {
  const url = dashboardUrl(mode);
  const where = mode === "cloud" ? "Inngest Cloud" : "your Inngest server";
  return (
    <EmptyState
      icon={Workflow}
      title={`Jobs run on ${where}`}
      description={`This app is configured for ${where}, which keeps the runs, their steps and their retries. Open its dashboard to inspect, replay or cancel them.`}
      action={
        <ButtonLink href={url} variant="secondary" target="_blank" rel="noreferrer">
          Open the Inngest dashboard <ExternalLink aria-hidden />
        </ButtonLink>
      }
    />
  );
}
