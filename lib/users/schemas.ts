import { z } from "zod";

export const ROLES = ["OWNER", "ADMIN", "EDITOR", "VIEWER"] as const;

export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(191, "Keep the email to 191 characters or fewer."));
export const staffPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(256, "Keep the password to 256 characters or fewer.");
const name = z.string().trim().min(1, "Enter a name.").max(100, "Keep the name to 100 characters.");

export const createStaffUserSchema = z.object({
  email: staffEmailSchema,
  name,
  role: z.enum(ROLES),
  password: staffPasswordSchema,
});
export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;

export const updateStaffUserSchema = z
  .object({
    name: name.optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: staffPasswordSchema.optional(),
  })
  .strict();
export type UpdateStaffUserInput = z.input<typeof updateStaffUserSchema>;
