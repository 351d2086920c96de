import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { LibraryWorkspace } from "@/components/library/library-workspace";
import { ModelTabs } from "@/components/media/model-tabs";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, isManager, WRITER_ROLES } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { ACCEPTED_TYPES_LABEL } from "@/lib/media/intake/accepted-image-types";
import { loadLibraryPage } from "@/lib/media/library/load-library-page";
import { LIBRARY_VIEW_KEY, parseLibraryView } from "@/lib/media/library/library-view";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getPreference } from "@/lib/users/preferences/get-preference";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Library · ${(await params).slug}` };
}

export default async function ModelLibraryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const staff = await requirePageStaff();
  const { slug } = await params;
  const model = await getModelOrThrow(staff, slug).catch((error: unknown) => {
    // Another model's library looks exactly like one that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const canWrite = hasRole(staff, ...WRITER_ROLES);
  const view = parseLibraryView(await getPreference(staff, LIBRARY_VIEW_KEY));
  const initialPage = await loadLibraryPage(staff, model.slug, await searchParams, view);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/models", label: "Models" }]}
        title={model.displayName}
        description={
          canWrite
            ? `Upload, find and organise the photos of ${model.displayName}. Each upload is checked, processed into watermarked sizes for the public and moderated.`
            : `The photos of ${model.displayName}. You have read-only access.`
        }
      />
      <ModelTabs slug={model.slug} current="library" />
      <LibraryWorkspace
        // A new model is a new queue and a new list: nothing may go to the previous model.
        key={model.slug}
        scope={{ kind: "model", slug: model.slug, name: model.displayName }}
        abilities={{ canWrite, canManage: isManager(staff) }}
        initialView={view}
        initialPage={initialPage}
        retentionDays={config().TRASH_RETENTION_DAYS}
        upload={{ maxFileSize: config().MEDIA_MAX_FILE_SIZE, typesLabel: ACCEPTED_TYPES_LABEL }}
      />
    </>
  );
}
