import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ModelLibrary } from "@/components/media/model-library";
import { ModelTabs } from "@/components/media/model-tabs";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, WRITER_ROLES } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { ACCEPTED_TYPES_LABEL } from "@/lib/media/intake/accepted-image-types";
import { listMedia } from "@/lib/media/library/list-media";
import { listMediaQuerySchema } from "@/lib/media/library/media-query";
import { toMediaDto } from "@/lib/media/library/to-media-dto";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Library · ${(await params).slug}` };
}

export default async function ModelLibraryPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const { slug } = await params;
  const model = await getModelOrThrow(staff, slug).catch((error: unknown) => {
    // Another model's library looks exactly like one that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const canUpload = hasRole(staff, ...WRITER_ROLES);
  const page = await listMedia(staff, model.slug, listMediaQuerySchema.parse({}));
  const initialPage = {
    items: page.items.map((item) => toMediaDto(item, { staff: true })),
    nextCursor: page.nextCursor,
    total: page.total,
  };

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/models", label: "Models" }]}
        title={model.displayName}
        description={
          canUpload
            ? `Upload photos of ${model.displayName}. Each one is checked, processed into watermarked sizes for the public and moderated.`
            : `The photos of ${model.displayName}. You have read-only access.`
        }
      />
      <ModelTabs slug={model.slug} current="library" />
      <ModelLibrary
        // A new model is a new queue and a new list: nothing may go to the previous model.
        key={model.slug}
        slug={model.slug}
        canUpload={canUpload}
        maxFileSize={config().MEDIA_MAX_FILE_SIZE}
        typesLabel={ACCEPTED_TYPES_LABEL}
        initialPage={initialPage}
      />
    </>
  );
}
