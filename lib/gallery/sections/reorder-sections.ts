import type { StaffUser } from "@/lib/auth/staff-user";
import { recordAudit, type AuditMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { revalidateModel } from "../public/revalidate-model";
import { reorderSectionsSchema, type ReorderSectionsInput } from "./section-schemas";

/**
 * Puts the model's sections in the order of `order` (section slugs). The list must name every section of
 * the model exactly once, so two people reordering at once cannot silently drop one (422 otherwise).
 */
export async function reorderSections(
  user: StaffUser,
  modelSlug: string,
  input: ReorderSectionsInput,
  meta: AuditMeta = {},
) {
  const { order } = reorderSectionsSchema.parse(input);
  const model = await getModelOrThrow(user, modelSlug, { write: true });
  const sections = await db.$transaction(async (tx) => {
    const current = await tx.gallerySection.findMany({
      where: { modelId: model.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, slug: true, published: true },
    });
    const known = new Set(current.map((s) => s.slug));
    const unknown = order.filter((slug) => !known.has(slug));
    const missing = current.filter((s) => !order.includes(s.slug)).map((s) => s.slug);
    if (unknown.length || missing.length) {
      const parts = [
        unknown.length ? `not sections of this model: ${unknown.join(", ")}` : "",
        missing.length ? `missing: ${missing.join(", ")}` : "",
      ].filter(Boolean);
      throw new AppError(
        "invalid",
        `List every section of this model exactly once (${parts.join("; ")}). Reload and try again.`,
        { unknown, missing },
      );
    }
    const bySlug = new Map(current.map((s) => [s.slug, s]));
    for (const [position, slug] of order.entries()) {
      await tx.gallerySection.update({ where: { id: bySlug.get(slug)!.id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "gallery.sections.reorder",
      entityType: "Model",
      entityId: model.id,
      modelId: model.id,
      before: { order: current.map((s) => s.slug) },
      after: { order },
      ip: meta.ip,
    });
    return order.map((slug) => bySlug.get(slug)!);
  });
  // The order shows on the model page and in every section page's navigation.
  if (sections.some((s) => s.published)) {
    await revalidateModel({ modelSlug: model.slug }, "gallery.sections.reorder");
  }
  return sections;
}
