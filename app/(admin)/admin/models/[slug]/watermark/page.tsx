import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ModelTabs } from "@/components/media/model-tabs";
import { WatermarkEditor, type WatermarkSample } from "@/components/media/watermark-editor";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, WRITER_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getWatermarkStatus } from "@/lib/media/watermark/get-watermark-status";
import { listMedia } from "@/lib/media/library/list-media";
import { listMediaQuerySchema } from "@/lib/media/library/media-query";
import { variantUrl } from "@/lib/media/serve/variant-url";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Watermark · ${(await params).slug}` };
}

export default async function ModelWatermarkPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const { slug } = await params;
  const model = await getModelOrThrow(staff, slug).catch((error: unknown) => {
    // Another model's settings look exactly like a page that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [status, ready] = await Promise.all([
    getWatermarkStatus(staff, model.slug),
    listMedia(staff, model.slug, listMediaQuerySchema.parse({ status: "READY", limit: 6 })),
  ]);
  const samples: WatermarkSample[] = ready.items
    .filter((item) => item.width && item.height)
    .map((item) => {
      const thumb =
        item.variants.find((v) => v.kind === "THUMB" && v.format === "WEBP") ??
        item.variants.find((v) => v.kind === "THUMB");
      return {
        id: item.id,
        filename: item.filename,
        width: item.width!,
        height: item.height!,
        thumbUrl: thumb ? variantUrl(thumb.storageKey) : null,
      };
    });

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/models", label: "Models" }]}
        title={model.displayName}
        description={`The mark on ${model.displayName}'s public photos. Saving applies it to every existing photo in the background.`}
      />
      <ModelTabs slug={model.slug} current="watermark" />
      <WatermarkEditor
        key={model.slug}
        slug={model.slug}
        initial={status}
        samples={samples}
        canEdit={hasRole(staff, ...WRITER_ROLES)}
      />
    </>
  );
}
