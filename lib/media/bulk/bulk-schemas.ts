import { z } from "zod";
import { mediaFilterSchema } from "@/lib/media/library/media-query";

/** The most ids one request may name (and the most photos one ZIP download holds). */
export const MAX_BULK_IDS = 10_000;

const id = z.string().regex(/^[a-z0-9]{8,40}$/i, "must be an id");

/** Which photos: exactly one of `ids` or `filter` (the library's filter, e.g. "select all N matching"). */
const target = {
  ids: z
    .array(id)
    .min(1)
    .max(MAX_BULK_IDS, `at most ${MAX_BULK_IDS} ids; choose by filter for more`)
    .transform((ids) => [...new Set(ids)])
    .optional(),
  filter: mediaFilterSchema.optional(),
};

const categoryIds = z.array(id).min(1).max(100);
/** Tags are stored lowercase, like the details panel writes them. */
const tags = z
  .array(z.string().trim().toLowerCase().min(1).max(64))
  .min(1)
  .max(50)
  .transform((list) => [...new Set(list)]);

const plain = <A extends string>(action: A) => z.strictObject({ action: z.literal(action), ...target });

/** Body of `POST /api/models/{slug}/media/bulk`. Unknown keys are refused (422). */
export const bulkRequestSchema = z
  .discriminatedUnion("action", [
    plain("trash"),
    plain("restore"),
    plain("delete"),
    plain("approve"),
    z.strictObject({
      action: z.literal("reject"),
      ...target,
      reason: z.string().trim().max(1000).optional(),
    }),
    z.strictObject({ action: z.literal("addCategories"), ...target, categoryIds }),
    z.strictObject({ action: z.literal("removeCategories"), ...target, categoryIds }),
    z.strictObject({ action: z.literal("addTags"), ...target, tags }),
    z.strictObject({ action: z.literal("removeTags"), ...target, tags }),
    z.strictObject({ action: z.literal("addToSection"), ...target, sectionId: id }),
    plain("reprocess"),
  ])
  .superRefine((body, ctx) => {
    if ((body.ids === undefined) === (body.filter === undefined))
      ctx.addIssue({ code: "custom", message: "give exactly one of ids or filter", path: ["ids"] });
  });

export type BulkRequest = z.infer<typeof bulkRequestSchema>;
export type BulkAction = BulkRequest["action"];
export const BULK_ACTIONS = [
  "trash",
  "restore",
  "delete",
  "approve",
  "reject",
  "addCategories",
  "removeCategories",
  "addTags",
  "removeTags",
  "addToSection",
  "reprocess",
] as const satisfies readonly BulkAction[];

/** Actions only owners and admins may run. */
export const MANAGER_ACTIONS: readonly BulkAction[] = ["delete", "approve", "reject"];
