import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Signed in again" };

// Where "Sign in again" (opened in a new tab when a session ended) lands: the
// work is in the other tab, which saves it once it sees the new session.
export default async function SignedInAgainPage() {
  const user = await requireUser();
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-bold">You are signed in again</h1>
      <p>Signed in as {user.name}.</p>
      <p>
        Close this tab and go back to the tab you were working in. What you typed there is still on the page and in your browser, and it will
        be saved now that you are signed in.
      </p>
    </div>
  );
}
