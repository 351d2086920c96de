import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { DuplicatesReview } from "@/components/library/duplicates/duplicates-review";
import { ModelTabs } from "@/components/media/model-tabs";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, WRITER_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Duplicates · ${(await params).slug}` };
}

export default async function ModelDuplicatesPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const { slug } = await params;
  const model = await getModelOrThrow(staff, slug).catch((error: unknown) => {
    // Another model's duplicates look exactly like a model that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const canEdit = hasRole(staff, ...WRITER_ROLES);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/admin/models", label: "Models" },
          { href: `/admin/models/${model.slug}/library`, label: model.displayName },
        ]}
        title="Near-duplicates"
        description={`Photos of ${model.displayName} that look the same: re-exports, resized copies, small crops. Keep one of each group.`}
      />
      <ModelTabs slug={model.slug} current="duplicates" />
      <DuplicatesReview key={model.slug} slug={model.slug} canEdit={canEdit} />
    </>
  );
}
