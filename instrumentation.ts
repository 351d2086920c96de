// Next.js calls register() once per server process. In embedded mode (no Inngest server configured)
// it starts the executor that runs the app's durable functions; JOBS_EXECUTOR=off leaves it stopped
// (for a process that should only serve pages while another one runs the jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.JOBS_EXECUTOR === "off") return;
  const { jobsMode } = await import("@/lib/jobs/mode");
  if (jobsMode() !== "embedded") return;
  const { startExecutorWhenReady } = await import("@/lib/embedded-executor/start-executor-when-ready");
  // Not awaited: the server answers (and /api/health reports "not running") while MySQL is still away.
  void startExecutorWhenReady();
}
