import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { createSection } from "@/lib/gallery/sections/create-section";
import { listSections } from "@/lib/gallery/sections/list-sections";
import { reorderSections } from "@/lib/gallery/sections/reorder-sections";
import { createSectionSchema, reorderSectionsSchema } from "@/lib/gallery/sections/section-schemas";
import { sectionSummary } from "@/lib/gallery/sections/section-summary";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ slug: string }> };

/** The model's gallery sections in their public order, with photo counts. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const sections = await listSections(staff, (await params).slug);
  return NextResponse.json({
    sections: sections.map(({ cover: _cover, ...section }) => section),
  });
});

/** Creates a section: `{slug, title, description?, published?}` → 201 `{section}`; 409 for a taken slug. */
export const POST = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const input = createSectionSchema.parse(await readJson(request));
  const section = await createSection(staff, (await params).slug, input, { ip: clientIp(request.headers) });
  return NextResponse.json({ section: sectionSummary(section) }, { status: 201 });
});

/** Reorders the sections: `{"order": [every section slug]}` → `{sections}` in the new order. */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const input = reorderSectionsSchema.parse(await readJson(request));
  const slug = (await params).slug;
  await reorderSections(staff, slug, input, { ip: clientIp(request.headers) });
  const sections = await listSections(staff, slug);
  return NextResponse.json({ sections: sections.map(({ cover: _cover, ...section }) => section) });
});
