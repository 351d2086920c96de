import { z } from "zod";
import { SLUG_MAX_LENGTH } from "@/lib/models/schemas";

const slug = z.string().min(1).max(SLUG_MAX_LENGTH);

/** What the gallery page's beacon sends: the section viewed, and the photo when one is opened. */
export const viewBeaconSchema = z.strictObject({
  model: slug,
  section: slug,
  photo: z.string().min(1).max(64).optional(),
});
export type ViewBeacon = z.infer<typeof viewBeaconSchema>;

/** The most a beacon body may weigh; anything longer is not ours. */
export const VIEW_BEACON_MAX_BYTES = 1024;
