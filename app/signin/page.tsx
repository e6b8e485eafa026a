import { redirect } from "next/navigation";
import { MicrosoftSignIn } from "@/components/microsoft-sign-in";
import { SignInForm } from "@/components/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { signInWithMicrosoft, signInWithPassword } from "@/lib/actions/auth/entry";
import { currentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/policy";
import { microsoftSettings } from "@/lib/auth/microsoft-config";
import { passwordSignInAllowed } from "@/lib/auth/password-sign-in";

export const metadata = { title: "Sign in" };

/** What a refused Microsoft sign-in is told (lib/auth/microsoft.ts sends them here). */
const ACCESS_MESSAGES: Record<string, string> = {
  requested: "You don't have access yet — your performance team has been told.",
  unverified: "Microsoft did not confirm your email address, so Lantern cannot match you to an account. Ask your performance team.",
  deactivated: "Your Lantern account has been deactivated. Ask your performance team if you need access again.",
};

type Search = { next?: string; access?: string; password?: string; email?: string; renew?: string };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await currentUser();
  const { next, access, password, email, renew } = await searchParams;
  // signing in again before a session's fixed end (the warning's link) starts a new one; otherwise a signed-in visitor goes home
  const renewing = renew === "1" && user !== null;
  if (user && !renewing) redirect(homePathFor(user));
  const microsoft = microsoftSettings() !== null;
  const passwords = await passwordSignInAllowed({ db: await getDb() });
  const accessMessage = access ? ACCESS_MESSAGES[access] : undefined;
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">Sign in to Lantern</h1>
      <p className="mb-6 text-sm text-gray-700">Children&apos;s services performance scorecards and board papers.</p>
      <div className="space-y-4">
        {renewing ? (
          <Alert role="note" tone="info">
            Signing in again starts a new session. Your work in the other tab is kept: go back to it once you are signed in.
          </Alert>
        ) : null}
        {accessMessage ? (
          <Alert role="alert" tone={access === "requested" ? "info" : "error"}>
            {accessMessage}
          </Alert>
        ) : null}
        {password === "set" ? (
          <Alert role="status" tone="success">
            Your password is set. Sign in with it now.
          </Alert>
        ) : null}
        {microsoft ? <MicrosoftSignIn action={signInWithMicrosoft} next={next ?? null} /> : null}
        {microsoft && passwords ? <p className="text-center text-sm text-gray-700">or with your email and password</p> : null}
        {passwords ? <SignInForm action={signInWithPassword} next={next ?? null} initialEmail={typeof email === "string" ? email.slice(0, 320) : ""} /> : null}
      </div>
    </div>
  );
}
