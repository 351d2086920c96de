import { z } from "zod";
import { MediaStatus, ModerationStatus } from "@/lib/generated/prisma/enums";

/** Query of `GET /api/models/{slug}/media`. */
export const listMediaQuerySchema = z.object({
  status: z.enum(MediaStatus).optional(),
  moderationStatus: z.enum(ModerationStatus).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type ListMediaQuery = z.infer<typeof listMediaQuerySchema>;
