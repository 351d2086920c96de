import NextAuth, { type NextAuthConfig } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth-config";

/** Signed-out visitors of an admin page go to the sign-in page, which brings them back afterwards. */
const redirectAnonymous: NonNullable<NextAuthConfig["callbacks"]>["authorized"] = ({ auth, request }) => {
  if (auth?.user) return true;
  const signIn = new URL("/signin", request.nextUrl.origin);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/admin") signIn.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(signIn);
};

// Only reads (and refreshes) the session cookie, so anonymous visitors never reach an admin page.
// Pages, actions and routes still check the user and role against the database themselves.
const { auth } = NextAuth(() => {
  const base = authConfig();
  return { ...base, callbacks: { ...base.callbacks, authorized: redirectAnonymous } };
});

const ADMIN = /^\/admin(?:\/|$)/;
/** Pages whose server actions POST to their own URL. Every other page here is read-only. */
const ACTION_PAGES = /^\/(?:admin|signin)(?:\/|$)/;
const READS = new Set(["GET", "HEAD"]);

async function adminProxy(request: NextRequest, event: NextFetchEvent) {
  const response = await (
    auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>
  )(request, event);
  // Auth.js re-issues the session cookie here to extend it. A POST may be the sign-out action,
  // whose cookie deletion would then be overwritten by this refresh, signing the user back in.
  // Only page loads (GET) extend the session.
  if (request.method !== "GET") response.headers.delete("set-cookie");
  return response;
}

/**
 * Public pages are static and cached by path alone: Next renders a page for whatever method first
 * reaches it and serves that answer to everyone after (a POST stored a 405 for every visitor). So
 * anything but GET and HEAD is answered here, before routing and the cache, and never stored.
 */
function methodNotAllowed() {
  return new NextResponse(null, {
    status: 405,
    headers: { Allow: "GET, HEAD", "Cache-Control": "no-store" },
  });
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (ADMIN.test(pathname)) return adminProxy(request, event);
  if (READS.has(request.method) || ACTION_PAGES.test(pathname)) return NextResponse.next();
  return methodNotAllowed();
}

export const config = {
  // Every page, public ones included; not the API (its routes take writes) nor Next's own files.
  matcher: ["/((?!api/|_next/).*)"],
};
