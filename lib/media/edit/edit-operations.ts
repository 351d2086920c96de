import { z } from "zod";

// Non-destructive edits: a list applied in order to the upright original, stored as JSON on
// `MediaVersion.operations`. Crop uses fractions so it does not depend on the decode size.
const fraction = z.number().min(0).max(1);

export const editOperationSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("crop"),
      left: fraction,
      top: fraction,
      width: fraction.positive(),
      height: fraction.positive(),
    })
    .refine(
      (op) => op.left + op.width <= 1.000001 && op.top + op.height <= 1.000001,
      "The crop must lie inside the image.",
    ),
  z.object({ type: z.literal("rotate"), angle: z.union([z.literal(90), z.literal(180), z.literal(270)]) }),
  z.object({ type: z.literal("flip"), axis: z.enum(["horizontal", "vertical"]) }),
  z.object({ type: z.literal("resize"), width: z.number().int().min(16).max(20_000) }),
  z.object({
    type: z.literal("filter"),
    brightness: z.number().min(0.2).max(3).optional(),
    saturation: z.number().min(0).max(3).optional(),
    hue: z.number().int().min(-180).max(180).optional(),
    grayscale: z.boolean().optional(),
  }),
  z.object({ type: z.literal("blur"), sigma: z.number().min(0.3).max(100) }),
]);

export const editOperationsSchema = z.array(editOperationSchema).max(50);

export type EditOperation = z.infer<typeof editOperationSchema>;
