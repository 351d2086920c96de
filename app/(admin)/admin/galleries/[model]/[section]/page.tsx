import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { PublishedBadge } from "@/components/admin/published-badge";
import { SectionDetails } from "@/components/gallery-admin/section-details";
import { SectionEditor } from "@/components/gallery-admin/section-editor";
import { SectionViewsCard } from "@/components/gallery-admin/section-views-card";
import { toThumbPhoto } from "@/components/gallery-admin/to-thumb-photo";
import { ButtonLink } from "@/components/ui/button";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, WRITER_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { listPlaceableMedia } from "@/lib/gallery/sections/list-placeable-media";
import { listSectionItems } from "@/lib/gallery/sections/list-section-items";
import { getSectionViewStats } from "@/lib/views/get-section-view-stats";
import { sectionActions } from "../../section-actions";

type Params = Promise<{ model: string; section: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { model, section } = await params;
  return { title: `${section} · ${model}` };
}

export default async function SectionPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const canWrite = hasRole(staff, ...WRITER_ROLES);
  const { model: modelSlug, section: sectionSlug } = await params;
  let detail, placeable, views;
  try {
    [detail, placeable, views] = await Promise.all([
      listSectionItems(staff, modelSlug, sectionSlug),
      canWrite ? listPlaceableMedia(staff, modelSlug, sectionSlug) : { photos: [], total: 0 },
      getSectionViewStats(staff, modelSlug, sectionSlug),
    ]);
  } catch (error) {
    // Another model's section looks exactly like one that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { model, section, items } = detail;
  const publicUrl = `/${model.slug}/${section.slug}`;
  const live = model.published && section.published;

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/admin/galleries", label: "Galleries" },
          { href: `/admin/galleries/${model.slug}`, label: model.displayName },
        ]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {section.title}
            <PublishedBadge published={section.published} />
          </span>
        }
        description={
          <>
            <span className="font-mono">{publicUrl}</span>
            {section.published && !model.published && " — visitors see it once the model is published."}
          </>
        }
        actions={
          live && (
            <ButtonLink href={publicUrl} variant="secondary" target="_blank">
              View public page <ExternalLink aria-hidden />
            </ButtonLink>
          )
        }
      />
      <div className="grid items-start gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <SectionEditor
          modelSlug={model.slug}
          sectionSlug={section.slug}
          sectionTitle={section.title}
          canWrite={canWrite}
          coverId={section.coverId}
          photos={items.map((item) => ({
            ...toThumbPhoto(item.photo, item.filename),
            filename: item.filename,
            hiddenReason: item.hiddenReason,
            views: views.photos[item.photo.id]?.total ?? 0,
          }))}
          pickable={placeable.photos.map((p) => ({
            ...toThumbPhoto(p.photo, p.filename),
            filename: p.filename,
          }))}
          pickableTotal={placeable.total}
          actions={sectionActions}
        />
        <div className="space-y-6">
          <SectionDetails
            key={section.updatedAt.toISOString()}
            modelSlug={model.slug}
            sectionSlug={section.slug}
            initial={{ title: section.title, description: section.description, published: section.published }}
            hasChosenCover={section.coverId !== null}
            canWrite={canWrite}
            actions={sectionActions}
          />
          <SectionViewsCard
            stats={views}
            filenames={Object.fromEntries(items.map((item) => [item.photo.id, item.filename]))}
          />
        </div>
      </div>
    </>
  );
}
