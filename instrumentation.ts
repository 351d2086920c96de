// Next.js calls register() once per server process. In embedded mode (no Inngest server configured)
// it starts the executor that runs the app's durable functions; JOBS_EXECUTOR=off leaves that to the
// worker process (`scripts/worker.ts`), so this process only serves pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.JOBS_EXECUTOR === "off") return;
  const { jobsMode } = await import("@/lib/jobs/mode");
  if (jobsMode() !== "embedded") return;
  const { inngestHandler } = await import("@/inngest/serve");
  const { startExecutorWhenReady } = await import("@/lib/embedded-executor/start-executor-when-ready");
  // Not awaited: the server answers (and /api/health reports "not running") while MySQL is still away.
  // No signal handlers: when the server exits mid-run, the lease expires and the run resumes.
  void startExecutorWhenReady({ handler: inngestHandler });
}
