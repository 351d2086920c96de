import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

/** The staff who uploaded photos of the model, by name: the choices of the "uploaded by" filter. */
export async function listUploaders(user: StaffUser, slug: string): Promise<{ id: string; name: string }[]> {
  const model = await getModelOrThrow(user, slug);
  return db.user.findMany({
    where: { uploads: { some: { modelId: model.id } } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
