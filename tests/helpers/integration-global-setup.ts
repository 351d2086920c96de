import { dropStaleTestDatabases } from "./test-db";

/** Once before the integration tests: drop the databases that killed runs left behind. */
export default async function setup() {
  const dropped = await dropStaleTestDatabases();
  if (dropped.length) console.log(`Dropped ${dropped.length} stale test database(s).`);
}
