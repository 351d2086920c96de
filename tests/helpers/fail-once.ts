import type { Storage } from "@/lib/storage/storage";

/**
 * Fault injection for integration tests (the executor runs in the test's process): the next write
 * through `storage` whose key `matches` throws once, so a test can prove that a failed processing
 * step is retried without leaving duplicates. Returns a function that puts the driver back.
 */
export function failNextWriteOnce(
  storage: Storage,
  matches: (key: string) => boolean | Promise<boolean>,
  message = "test-only failure injected once",
): () => void {
  const put = storage.put;
  let armed = true;
  storage.put = async function (this: Storage, key, body, options) {
    if (armed && (await matches(key))) {
      armed = false;
      throw new Error(message);
    }
    return put.call(this, key, body, options);
  };
  return () => {
    storage.put = put;
  };
}
