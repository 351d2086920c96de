// TEST-ONLY switch, off unless MEDIA_TEST_FAIL_ONCE is set (never in production): lets an
// integration test prove that a failed processing step is retried without leaving duplicates.

const failed = new Set<string>();

/**
 * Throws once per process for the photo with this sha256 at this step, when
 * `MEDIA_TEST_FAIL_ONCE="<sha256>:<step>"`.
 */
export function failOnceForTests(sha256: string, step: string): void {
  const spec = process.env.MEDIA_TEST_FAIL_ONCE;
  if (!spec || process.env.NODE_ENV === "production" || spec !== `${sha256}:${step}`) return;
  if (failed.has(spec)) return;
  failed.add(spec);
  throw new Error(`test-only failure injected once at ${step}`);
}
