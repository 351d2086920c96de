"use server";

import { signOut } from "@/lib/auth/auth";

/** Ends the session and returns to the sign-in page. */
export async function signOutAction() {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
