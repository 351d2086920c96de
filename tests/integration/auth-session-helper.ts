// Signs in through the real Auth.js route handler (CSRF token, credentials callback) and returns the
// session cookie it sets, so tests can call route handlers exactly as a browser would.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const ORIGIN = "http://localhost:3000";
export const PASSWORD = "correct horse battery staple";

let counter = 0;

/** A staff account with PASSWORD; unique email per call. */
export async function makeUser(role: Role, label: string = role.toLowerCase()) {
  counter += 1;
  const email = `${label}-${counter}-${Date.now().toString(36)}@example.com`;
  return db.user.create({
    data: { email, name: `${label} ${counter}`, role, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, name: true, role: true },
  });
}

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const index = pair!.indexOf("=");
    jar.set(pair!.slice(0, index), pair!.slice(index + 1));
  }
  return jar;
}

export interface SignInResult {
  status: number;
  location: string | null;
  /** `authjs.session-token=…` ready for a Cookie header, or null when sign-in was refused. */
  sessionCookie: string | null;
}

/** POSTs the credentials form to the Auth.js handler as the browser does, from `ip`. */
export async function signInThroughAuthJs(
  email: string,
  password: string,
  ip = "198.51.100.7",
): Promise<SignInResult> {
  const { handlers } = await import("@/lib/auth/auth");
  const csrfResponse = await handlers.GET(new Request(`${ORIGIN}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = [...cookiesOf(csrfResponse)].map(([k, v]) => `${k}=${v}`).join("; ");

  const response = await handlers.POST(
    new Request(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrfCookie,
        "x-forwarded-for": ip,
      },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${ORIGIN}/admin` }),
      redirect: "manual",
    }) as never,
  );
  const token = cookiesOf(response).get("authjs.session-token");
  return {
    status: response.status,
    location: response.headers.get("location"),
    sessionCookie: token ? `authjs.session-token=${token}` : null,
  };
}

/** A session cookie for an account created with PASSWORD. */
export async function sessionCookieFor(email: string): Promise<string> {
  const result = await signInThroughAuthJs(email, PASSWORD, `192.0.2.${(counter % 250) + 1}`);
  if (!result.sessionCookie) throw new Error(`sign-in failed for ${email}: ${result.location}`);
  return result.sessionCookie;
}
