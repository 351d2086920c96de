import { getToken } from "next-auth/jwt";
import { authSecret } from "./auth-secret";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The user id in the Auth.js session cookie of a request, or null when there is none or it does not
 * decrypt (wrong secret, tampered, expired). Works on any Headers, so route handlers and tests need no
 * Next request context.
 */
export async function readSessionUserId(headers: Headers): Promise<string | null> {
  // Auth.js names the cookie with the __Secure- prefix when served over https.
  const secureCookie = (headers.get("cookie") ?? "").includes(SECURE_COOKIE);
  const token = await getToken({
    req: { headers },
    secret: authSecret(),
    secureCookie,
    logger: { ...console, error() {} },
  });
  return typeof token?.sub === "string" ? token.sub : null;
}
