import { Images } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { LibraryWorkspace } from "@/components/library/library-workspace";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, isManager, WRITER_ROLES } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { loadLibraryPage } from "@/lib/media/library/load-library-page";
import { LIBRARY_VIEW_KEY, parseLibraryView } from "@/lib/media/library/library-view";
import { listModels } from "@/lib/models/list-models";
import { getPreference } from "@/lib/users/preferences/get-preference";

export const metadata: Metadata = { title: "Library" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every photo of every model the person may see, with a model filter. */
export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePageStaff();
  const manager = isManager(staff);
  const models = await listModels(staff);
  if (models.length === 0) {
    return (
      <>
        <PageHeader title="Library" />
        <EmptyState
          icon={Images}
          title={manager ? "No models yet" : "No models assigned to you yet"}
          description={
            manager
              ? "Photos belong to a model. Create the first model, then upload its photos in its library."
              : "An owner or admin assigns models to you. Their photos then appear here."
          }
          action={
            manager && (
              <ButtonLink href="/admin/models/new" variant="secondary">
                Create a model
              </ButtonLink>
            )
          }
        />
      </>
    );
  }
  const view = parseLibraryView(await getPreference(staff, LIBRARY_VIEW_KEY));
  const initialPage = await loadLibraryPage(staff, null, await searchParams, view);

  return (
    <>
      <PageHeader
        title="Library"
        description="The photos of every model you work on. Choose a model to upload to it, or to act on all matching photos at once."
      />
      <LibraryWorkspace
        scope={{ kind: "all", models: models.map(({ slug, displayName }) => ({ slug, displayName })) }}
        abilities={{ canWrite: hasRole(staff, ...WRITER_ROLES), canManage: manager }}
        initialView={view}
        initialPage={initialPage}
        retentionDays={config().TRASH_RETENTION_DAYS}
      />
    </>
  );
}
