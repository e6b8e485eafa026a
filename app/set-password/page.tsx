import { ActionForm } from "@/components/snapshot/action-form";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { setPasswordAction } from "@/lib/actions/password/entry";
import { checkPasswordLink } from "@/lib/users/links";
import { DEAD_LINK_MESSAGE } from "@/lib/users/link-rules";
import { NewPasswordFields } from "@/components/profile/new-password-fields";

export const metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const link = await checkPasswordLink({ db: await getDb(), token });
  return (
    <div className="mx-auto mt-10 max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-bold">Set your password</h1>
      {link.ok ? (
        <>
          <p className="mb-4 text-sm text-gray-800">
            {link.purpose === "invite" ? "Welcome" : "Hello"}, {link.name}. Choose a password for {link.email}: at least 12 characters. A few
            words you will remember make a good one.
          </p>
          <ActionForm action={setPasswordAction} submitLabel="Set password" pendingLabel="Saving…" className="space-y-4">
            <input type="hidden" name="token" value={token} />
            <NewPasswordFields email={link.email} againLabel="Type it again" />
          </ActionForm>
        </>
      ) : (
        <Alert tone="error" role="alert">{DEAD_LINK_MESSAGE}</Alert>
      )}
    </div>
  );
}
