import { assertCanWrite } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { modelScope } from "./model-scope";

export interface ModelAccess {
  /** The caller means to change the model or something in it: viewers get 403. */
  write?: boolean;
}

async function findScoped(user: StaffUser, where: Prisma.ModelWhereInput, { write = false }: ModelAccess) {
  // Outside the user's scope is "not found", so a model's existence is not revealed.
  const model = await db.model.findFirst({ where: { AND: [where, modelScope(user)] } });
  if (!model) throw notFound("Model");
  if (write) assertCanWrite(user);
  return model;
}

/** The model with `slug` if `user` may see it (404 otherwise); with `{ write: true }` viewers get 403. */
export function getModelOrThrow(user: StaffUser, slug: string, access: ModelAccess = {}) {
  return findScoped(user, { slug }, access);
}
