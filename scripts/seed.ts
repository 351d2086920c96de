// Seeds the demo (idempotent) and prints the sign-in details; passwords only when just created.
// The demo photos go through the real pipeline: in embedded mode an executor runs here until they are
// processed, so the published demo galleries show them on first start.
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { seedDemoPhotos } from "@/lib/demo/seed-demo-photos";
import { seedDemoSections } from "@/lib/demo/seed-demo-sections";
import { inngestHandler } from "@/inngest/serve";
import { startExecutor } from "@/lib/embedded-executor/start-executor";
import { jobsMode } from "@/lib/jobs/mode";

try {
  const credentials = await seedDemo();
  const photos = await seedDemoPhotos();
  const added = photos.reduce((sum, p) => sum + p.added, 0);
  const executor =
    added > 0 && jobsMode() === "embedded"
      ? await startExecutor({ handler: inngestHandler, pollIntervalMs: 200 })
      : null;
  try {
    let told = "";
    await seedDemoSections({
      waitMs: executor ? 180_000 : 0,
      onWaiting: (model, processing) => {
        if (told === model) return;
        told = model;
        console.log(`Waiting for ${processing} photo(s) of ${model} to finish processing...`);
      },
    });
  } finally {
    await executor?.stop();
  }
  const lines = credentials.map(
    (c) =>
      `  ${c.role.padEnd(24)} ${c.email.padEnd(26)} ${c.password ? `password: ${c.password}  (shown once)` : "(existing account, password unchanged)"}`,
  );
  console.log(`Demo accounts:\n${lines.join("\n")}`);
} finally {
  await db.$disconnect();
}
