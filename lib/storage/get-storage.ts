import path from "node:path";
import { config } from "@/lib/config";
import { createLocalStorage } from "./local-storage";
import type { Storage } from "./storage";
import { createUploadThingStorage } from "./uploadthing-storage";

let cached: Storage | undefined;

/** The configured storage driver (`STORAGE_DRIVER`), created once per process. */
export function getStorage(): Storage {
  if (!cached) {
    const { STORAGE_DRIVER, STORAGE_DIR, UPLOADTHING_TOKEN } = config();
    if (STORAGE_DRIVER === "uploadthing") {
      if (!UPLOADTHING_TOKEN) throw new Error("STORAGE_DRIVER=uploadthing needs UPLOADTHING_TOKEN.");
      cached = createUploadThingStorage({ token: UPLOADTHING_TOKEN });
    } else {
      cached = createLocalStorage({ root: path.resolve(STORAGE_DIR) });
    }
  }
  return cached;
}
