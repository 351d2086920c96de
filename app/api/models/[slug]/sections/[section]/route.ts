import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { deleteSection } from "@/lib/gallery/sections/delete-section";
import { listSectionItems } from "@/lib/gallery/sections/list-section-items";
import { updateSectionSchema } from "@/lib/gallery/sections/section-schemas";
import { sectionItemJson } from "@/lib/gallery/sections/section-item-json";
import { sectionSummary } from "@/lib/gallery/sections/section-summary";
import { updateSection } from "@/lib/gallery/sections/update-section";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ slug: string; section: string }> };

/** One section with its photos in order (hidden ones flagged). */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, section: sectionSlug } = await params;
  const { section, items } = await listSectionItems(staff, slug, sectionSlug);
  return NextResponse.json({ section: sectionSummary(section), items: items.map(sectionItemJson) });
});

/** Changes `title`, `description`, `published` or `coverId` (null: the first photo). */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const input = updateSectionSchema.parse(await readJson(request));
  const { slug, section: sectionSlug } = await params;
  const section = await updateSection(staff, slug, sectionSlug, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ section: sectionSummary(section) });
});

/** Deletes the section (its photos stay in the library) → 204. */
export const DELETE = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, section: sectionSlug } = await params;
  await deleteSection(staff, slug, sectionSlug, { ip: clientIp(request.headers) });
  return new Response(null, { status: 204 });
});
