import { ChevronRight, GalleryHorizontalEnd } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { PublishedBadge } from "@/components/admin/published-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { listGalleryModels } from "@/lib/gallery/sections/list-gallery-models";

export const metadata: Metadata = { title: "Galleries" };

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

export default async function GalleriesPage() {
  const staff = await requirePageStaff();
  const models = await listGalleryModels(staff);

  return (
    <>
      <PageHeader
        title="Galleries"
        description="Arrange approved photos into the public sections of each model's page. Pick a model to start."
      />
      {models.length === 0 ? (
        <EmptyState
          icon={GalleryHorizontalEnd}
          title={isManager(staff) ? "No models yet" : "No models assigned to you yet"}
          description={
            isManager(staff)
              ? "Create a model first; their gallery sections are built here."
              : "An owner or admin assigns models to you. Their galleries appear here once they do."
          }
        />
      ) : (
        <ul aria-label="Models" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {models.map((model) => (
            <li key={model.slug}>
              <Link
                href={`/admin/galleries/${model.slug}`}
                className="group flex h-full flex-col rounded-xl border border-zinc-200 bg-white p-5 shadow-xs transition hover:border-zinc-300 hover:shadow-sm"
              >
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="truncate font-semibold text-zinc-900">{model.displayName}</p>
                    <p className="truncate font-mono text-xs text-zinc-500">/{model.slug}</p>
                  </div>
                  <PublishedBadge published={model.published} />
                </div>
                <dl className="mt-5 grid grid-cols-2 gap-3 text-sm">
                  <div>
                    <dt className="text-xs text-zinc-500">Sections</dt>
                    <dd className="font-medium text-zinc-900">
                      {model.sectionCount === 0
                        ? "None yet"
                        : `${model.publishedSectionCount} of ${model.sectionCount} live`}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-xs text-zinc-500">Ready to place</dt>
                    <dd className="font-medium text-zinc-900">{plural(model.approvedCount, "photo")}</dd>
                  </div>
                </dl>
                <span className="mt-5 inline-flex items-center gap-1 text-sm font-medium text-zinc-600 group-hover:text-zinc-900">
                  Manage sections
                  <ChevronRight
                    className="size-4 transition-transform group-hover:translate-x-0.5"
                    aria-hidden
                  />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
