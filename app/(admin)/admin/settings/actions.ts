"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { MANAGER_ROLES } from "@/lib/auth/roles";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { createStaffUserSchema, updateStaffUserSchema } from "@/lib/users/schemas";
import { updateStaffUser } from "@/lib/users/update-staff-user";

export const createStaffUserAction = safeAction(
  createStaffUserSchema,
  async (input, { staff, ip }) => {
    const user = await createStaffUser(staff, input, { ip });
    revalidatePath("/admin/settings");
    return { id: user.id, name: user.name };
  },
  { roles: MANAGER_ROLES },
);

export const updateStaffUserAction = safeAction(
  z.object({ userId: z.string().min(1), changes: updateStaffUserSchema }),
  async ({ userId, changes }, { staff, ip }) => {
    const user = await updateStaffUser(staff, userId, changes, { ip });
    revalidatePath("/admin/settings");
    return { id: user.id, name: user.name, role: user.role, disabled: user.disabled };
  },
  { roles: MANAGER_ROLES },
);
