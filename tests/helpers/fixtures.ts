import path from "node:path";

/** The photos the tests, specs and bench use, committed in the repository (see its README). */
export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/images");

export const fixture = (name: string) => path.join(FIXTURES, name);
