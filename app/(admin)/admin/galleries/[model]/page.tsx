import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { SectionsManager, type SectionRow } from "@/components/gallery-admin/sections-manager";
import { toThumbPhoto } from "@/components/gallery-admin/to-thumb-photo";
import { ButtonLink } from "@/components/ui/button";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, WRITER_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { listSections } from "@/lib/gallery/sections/list-sections";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { sectionActions } from "../section-actions";

type Params = Promise<{ model: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Galleries · ${(await params).model}` };
}

export default async function ModelGalleriesPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const { model: modelSlug } = await params;
  let model, sections;
  try {
    model = await getModelOrThrow(staff, modelSlug);
    sections = await listSections(staff, modelSlug);
  } catch (error) {
    // Another model's page looks exactly like a page that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const rows: SectionRow[] = sections.map((section) => ({
    id: section.id,
    slug: section.slug,
    title: section.title,
    description: section.description,
    published: section.published,
    photoCount: section.photoCount,
    hiddenCount: section.hiddenCount,
    cover: section.cover && toThumbPhoto(section.cover),
  }));

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/galleries", label: "Galleries" }]}
        title={model.displayName}
        description={
          <>
            Sections of the public page <span className="font-mono">/{model.slug}</span>
            {!model.published && " — the model itself is not published yet, so visitors see none of them."}
          </>
        }
        actions={
          model.published && (
            <ButtonLink href={`/${model.slug}`} variant="secondary" target="_blank">
              View public page <ExternalLink aria-hidden />
            </ButtonLink>
          )
        }
      />
      <SectionsManager
        modelSlug={model.slug}
        modelName={model.displayName}
        canWrite={hasRole(staff, ...WRITER_ROLES)}
        sections={rows}
        actions={sectionActions}
      />
    </>
  );
}
