import { Images, ShieldCheck, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BrandMark } from "@/components/admin/brand-mark";
import { Alert } from "@/components/ui/alert";
import { getStaff } from "@/lib/auth/get-staff";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { SIGN_IN_REFUSED } from "@/lib/auth/verify-credentials";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Messages for the codes Auth.js puts in the URL when the form was posted without JavaScript. */
function messageFor(error: string | undefined, code: string | undefined): string | undefined {
  if (!error) return undefined;
  if (code === "rate_limited") return "Too many sign-in attempts. Please wait a minute and try again.";
  if (error === "CredentialsSignin") return SIGN_IN_REFUSED;
  return "Sign-in failed. Please try again.";
}

const FEATURES = [
  { icon: Images, text: "One private library per model, with originals kept safe." },
  { icon: ShieldCheck, text: "Every photo checked and moderated before it goes public." },
  { icon: Sparkles, text: "Fast, watermarked galleries that update themselves." },
];

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const callbackUrl = safeCallbackPath(one("callbackUrl"));
  if (await getStaff()) redirect(callbackUrl);

  return (
    <div className="grid min-h-dvh bg-white lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <aside className="relative hidden overflow-hidden bg-zinc-950 lg:flex lg:flex-col lg:justify-between lg:p-12">
        <div
          aria-hidden
          className="absolute inset-0 bg-[radial-gradient(55rem_38rem_at_-5%_-10%,color-mix(in_oklch,var(--color-brand-600)_70%,transparent),transparent_65%),radial-gradient(45rem_30rem_at_115%_115%,color-mix(in_oklch,var(--color-brand-500)_40%,transparent),transparent_60%)]"
        />
        <div
          aria-hidden
          className="absolute inset-0 [background-image:linear-gradient(to_right,rgb(255_255_255/0.07)_1px,transparent_1px),linear-gradient(to_bottom,rgb(255_255_255/0.07)_1px,transparent_1px)] [mask-image:radial-gradient(ellipse_at_30%_40%,black,transparent_75%)] [background-size:48px_48px]"
        />
        <BrandMark inverted className="relative" />
        <div className="relative max-w-md">
          <h2 className="text-3xl leading-tight font-semibold tracking-tight text-balance text-white">
            The media library behind every portfolio.
          </h2>
          <ul className="mt-8 space-y-4">
            {FEATURES.map(({ icon: Icon, text }) => (
              <li key={text} className="flex items-start gap-3 text-[15px] text-zinc-300">
                <span className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-md bg-white/10 ring-1 ring-white/15">
                  <Icon className="size-4 text-white" aria-hidden />
                </span>
                {text}
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-sm text-zinc-500">Staff dashboard · phoenix4ge</p>
      </aside>

      <main className="flex items-center justify-center px-6 py-12 sm:px-10">
        <div className="w-full max-w-sm">
          <BrandMark className="mb-10 lg:hidden" />
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-950">Sign in to your dashboard</h1>
          <p className="mt-2 text-sm text-zinc-500">
            Use the email and password your administrator gave you.
          </p>
          {one("signedOut") && (
            <Alert tone="info" className="mt-6">
              You have signed out.
            </Alert>
          )}
          <div className="mt-8">
            <SignInForm callbackUrl={callbackUrl} initialError={messageFor(one("error"), one("code"))} />
          </div>
          <p className="mt-8 text-center text-[13px] text-zinc-500">
            Forgot your password? Ask an owner or admin to set a new one.
          </p>
        </div>
      </main>
    </div>
  );
}
