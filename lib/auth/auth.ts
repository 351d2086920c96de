import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authConfig } from "./auth-config";
import { clientIp } from "./client-ip";
import { verifyCredentials } from "./verify-credentials";

/** Auth.js reports this code to the sign-in form when the sign-in slow-down is in force. */
export class SignInThrottled extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = authConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            const user = await verifyCredentials({
              email: String(credentials.email ?? ""),
              password: String(credentials.password ?? ""),
              ip: clientIp(request.headers),
            });
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          } catch (error) {
            if (error instanceof AppError && error.code === "rate_limited") {
              throw new SignInThrottled(Number(error.details?.retryAfterSeconds ?? 60));
            }
            if (error instanceof AppError && error.code === "unauthenticated") return null;
            throw error;
          }
        },
      }),
    ],
    logger: {
      // A refused sign-in is expected traffic, not an error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        logger.error({ err: error }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
    },
  };
});
