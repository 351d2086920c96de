import { NextResponse } from "next/server";
import { requireStaffFromRequest } from "@/lib/auth/get-staff";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { route } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { getPreference } from "@/lib/users/preferences/get-preference";
import { preferenceBodySchema, preferenceKeySchema } from "@/lib/users/preferences/preference-schemas";
import { setPreference } from "@/lib/users/preferences/set-preference";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

const PRIVATE = { "cache-control": "private, no-store" };

/** The caller's saved value: `{value}` (null when none). */
export const GET = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  const key = preferenceKeySchema.parse((await params).key);
  return NextResponse.json({ value: await getPreference(staff, key) }, { headers: PRIVATE });
});

/** `{value}` (any JSON up to 4 KB, 413 beyond; null clears) → `{value}`. */
export const PUT = route(async (request: Request, { params }: Context) => {
  const staff = await requireStaffFromRequest(request);
  assertSameOrigin(request);
  const key = preferenceKeySchema.parse((await params).key);
  const { value } = preferenceBodySchema.parse(await readJson(request));
  return NextResponse.json({ value: await setPreference(staff, key, value) }, { headers: PRIVATE });
});
