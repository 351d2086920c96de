import { Images } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { ModelsSearchResults } from "@/components/admin/models-search-results";
import { LibraryModelPicker } from "@/components/media/library-model-picker";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { listModels } from "@/lib/models/list-models";

export const metadata: Metadata = { title: "Library" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePageStaff();
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const models = await listModels(staff, { q: q || undefined });
  const manager = isManager(staff);

  return (
    <>
      <PageHeader
        title="Library"
        description="Each model has its own library. Pick one to upload photos and follow their processing and moderation."
      />
      {models.length === 0 && !q ? (
        <EmptyState
          icon={Images}
          title={manager ? "No models yet" : "No models assigned to you yet"}
          description={
            manager
              ? "Photos belong to a model. Create the first model, then upload its photos here."
              : "An owner or admin assigns models to you. Their libraries then appear here."
          }
          action={
            manager && (
              <ButtonLink href="/admin/models/new" variant="secondary">
                Create a model
              </ButtonLink>
            )
          }
        />
      ) : (
        <ModelsSearchResults q={q} count={models.length}>
          <LibraryModelPicker models={models} />
        </ModelsSearchResults>
      )}
    </>
  );
}
