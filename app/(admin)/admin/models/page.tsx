import { Plus, UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { ModelsSearchResults } from "@/components/admin/models-search-results";
import { ModelsTable, type ModelRow } from "@/components/admin/models-table";
import { PageHeader } from "@/components/admin/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { listModels } from "@/lib/models/list-models";
import { formatRelative } from "@/components/admin/format-time";

export const metadata: Metadata = { title: "Models" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePageStaff();
  const manager = isManager(staff);
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const models = await listModels(staff, { q: q || undefined });
  const now = new Date();
  const rows: ModelRow[] = models.map((m) => ({
    id: m.id,
    slug: m.slug,
    displayName: m.displayName,
    published: m.published,
    memberCount: m.memberCount,
    mediaCount: m.mediaCount,
    updatedAt: m.updatedAt.toISOString(),
    updatedLabel: formatRelative(m.updatedAt, now),
  }));

  const newModel = manager && (
    <ButtonLink href="/admin/models/new">
      <Plus aria-hidden /> New model
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title="Models"
        description={
          manager
            ? "Everyone with a public profile. Create models and choose who works on each one."
            : "The models you are assigned to."
        }
        actions={newModel}
      />

      {models.length === 0 && !q ? (
        <EmptyState
          icon={UsersRound}
          title={manager ? "No models yet" : "No models assigned to you yet"}
          description={
            manager
              ? "Create the first model to start building their library and public gallery."
              : "An owner or admin assigns models to editors and viewers. Once they do, the models appear here."
          }
          action={newModel}
        />
      ) : (
        <ModelsSearchResults q={q} count={models.length}>
          <ModelsTable rows={rows} />
        </ModelsSearchResults>
      )}
    </>
  );
}
