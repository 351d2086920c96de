import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { listSectionItems } from "@/lib/gallery/sections/list-section-items";
import { setSectionItemsSchema } from "@/lib/gallery/sections/section-schemas";
import { sectionItemJson } from "@/lib/gallery/sections/section-item-json";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ slug: string; section: string }> };

/** The section's photos in order. */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const { slug, section } = await params;
  const { items } = await listSectionItems(staff, slug, section);
  return NextResponse.json({ items: items.map(sectionItemJson) });
});

/**
 * Replaces the section's photos: `{"mediaIds": [...]}`, the whole ordered list → 200 `{items}`. 422 naming
 * every photo that is not a processed, approved photo of this model (`error.problems: [{id, reason}]`).
 */
export const PUT = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const input = setSectionItemsSchema.parse(await readJson(request));
  const { slug, section } = await params;
  await setSectionItems(staff, slug, section, input, { ip: clientIp(request.headers) });
  const { items } = await listSectionItems(staff, slug, section);
  return NextResponse.json({ items: items.map(sectionItemJson) });
});
