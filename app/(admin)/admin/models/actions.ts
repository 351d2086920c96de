"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { MANAGER_ROLES } from "@/lib/auth/roles";
import { createModel } from "@/lib/models/create-model";
import { createModelSchema, setModelMembersSchema, updateModelSchema } from "@/lib/models/schemas";
import { setModelMembers } from "@/lib/models/set-model-members";
import { updateModel } from "@/lib/models/update-model";

export const createModelAction = safeAction(
  createModelSchema,
  async (input, { staff, ip }) => {
    const model = await createModel(staff, input, { ip });
    revalidatePath("/admin/models");
    return { slug: model.slug };
  },
  { roles: MANAGER_ROLES },
);

export const updateModelAction = safeAction(
  z.object({ slug: z.string(), changes: updateModelSchema }),
  async ({ slug, changes }, { staff, ip }) => {
    const model = await updateModel(staff, slug, changes, { ip });
    revalidatePath("/admin/models");
    return { slug: model.slug };
  },
);

export const setModelMembersAction = safeAction(
  setModelMembersSchema.extend({ slug: z.string() }),
  async ({ slug, userIds }, { staff, ip }) => {
    const result = await setModelMembers(staff, slug, { userIds }, { ip });
    revalidatePath(`/admin/models/${slug}`);
    return { count: result.userIds.length };
  },
  { roles: MANAGER_ROLES },
);
