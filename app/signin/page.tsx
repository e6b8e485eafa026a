import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { signInWithPassword } from "@/lib/actions/auth/entry";
import { currentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/policy";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await currentUser();
  if (user) redirect(homePathFor(user));
  const { next } = await searchParams;
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">Sign in to Lantern</h1>
      <p className="mb-6 text-sm text-gray-700">Children&apos;s services performance scorecards and board papers.</p>
      <SignInForm action={signInWithPassword} next={next ?? null} />
    </div>
  );
}
