import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import { authSecret } from "./auth-secret";

/** Sessions last 12 hours and are extended while the staff member keeps working. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The part of the Auth.js setup without database or password code, shared by the proxy (which only
 * reads the session cookie) and the full setup in `auth.ts`. Built per request so a missing
 * AUTH_SECRET fails the request with a clear message instead of the build.
 */
export function authConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    providers: [],
    pages: { signIn: "/signin", error: "/signin" },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    callbacks: {
      jwt({ token, user }) {
        // `user` is only present right after sign-in; later requests keep the token as it is.
        if (user?.id) {
          token.sub = user.id;
          token.role = (user as { role?: Role }).role;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
