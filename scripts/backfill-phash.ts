// Hashes every READY photo processed before perceptual hashes existed and links its near-duplicates (the
// daily maintenance does up to 2,000 a night). `-- --limit N` stops after N photos.
import { db } from "@/lib/db";
import { backfillPerceptualHashes } from "@/lib/media/similar/backfill-perceptual-hashes";

const limitArg = process.argv.indexOf("--limit");
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
if (!(limit > 0)) throw new Error("--limit wants a positive number");

const BATCH = 100;
let afterId: string | null = null;
const total = { hashed: 0, failed: 0 };
try {
  let seen = 0;
  for (let want = Math.min(BATCH, limit); want > 0; want = Math.min(BATCH, limit - seen)) {
    const batch = await backfillPerceptualHashes({ limit: want, afterId });
    seen += batch.seen;
    total.hashed += batch.hashed;
    total.failed += batch.failed;
    afterId = batch.lastId;
    console.log(`hashed ${total.hashed}, skipped ${total.failed}`);
    if (batch.seen < want) break;
  }
} finally {
  await db.$disconnect();
}
