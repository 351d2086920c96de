"use server";

import { AuthError } from "next-auth";
import { signIn, SignInThrottled } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { SIGN_IN_REFUSED } from "@/lib/auth/verify-credentials";

export interface SignInState {
  error?: string;
  email?: string;
}

/** Signs in with the credentials form; refusals come back as one message for the form to show. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: safeCallbackPath(form.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof SignInThrottled) {
      return {
        email,
        error: `Too many sign-in attempts. Please wait ${error.retryAfterSeconds} seconds and try again.`,
      };
    }
    if (error instanceof AuthError) return { email, error: SIGN_IN_REFUSED };
    // signIn redirects by throwing; that must reach Next.
    throw error;
  }
}
