import { NewTokenForm } from "@/components/profile/new-token-form";
import { TokenTable } from "@/components/profile/token-table";
import { ActionForm } from "@/components/snapshot/action-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { changeOwnPasswordAction, createApiTokenAction, renameSelfAction, revokeApiTokenAction } from "@/lib/actions/profile/entry";
import { TOKEN_DAYS } from "@/lib/api/token-rules";
import { requirePageAccess } from "@/lib/auth/session";
import { authoritySettings } from "@/lib/queries/authority";
import { profileFor } from "@/lib/queries/profile";
import { NewPasswordFields } from "@/components/profile/new-password-fields";

export const metadata = { title: "Your profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requirePageAccess("profile.own");
  const db = await getDb();
  const [me, settings] = await Promise.all([profileFor({ db, userId: user.id }), authoritySettings({ db })]);
  const { password } = await searchParams;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold">Your profile</h1>
      {password === "changed" ? (
        <Alert role="status" tone="success">Your password has been changed. Every other session you had has ended.</Alert>
      ) : null}
      <Card aria-labelledby="name-heading">
        <h2 id="name-heading" className="text-lg font-semibold">Name</h2>
        <p className="text-sm text-gray-800">You sign in as {me.email}. Your name is shown on commentary, approvals and board papers.</p>
        <ActionForm action={renameSelfAction} submitLabel="Save name" className="mt-3 space-y-3">
          <Field id="profile-name" name="name" label="Your name">
            <Input defaultValue={me.name} autoComplete="name" />
          </Field>
        </ActionForm>
      </Card>
      <Card aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        {me.hasPassword && settings.passwordSignIn ? (
          <ActionForm action={changeOwnPasswordAction} submitLabel="Change password" pendingLabel="Changing…" className="mt-3 space-y-3">
            <NewPasswordFields email={me.email} idPrefix="profile-" hint="At least 12 characters. Changing it ends every other session you have." againLabel="New password again">
              <Field id="current-password" name="current" label="Current password">
                <Input type="password" autoComplete="current-password" />
              </Field>
            </NewPasswordFields>
          </ActionForm>
        ) : (
          <p className="text-sm text-gray-800">You sign in with Microsoft, so Lantern keeps no password for you.</p>
        )}
      </Card>
      <Card aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="text-lg font-semibold">API tokens</h2>
        <p className="text-sm text-gray-800">
          A token lets Power BI, Excel or a script read Lantern&apos;s API (<code>/api/v1</code>) as you: with your roles at the time of
          each call. Keep it secret like a password; revoke it when it is no longer needed.
        </p>
        <div className="mt-3">
          <NewTokenForm action={createApiTokenAction} defaultDays={TOKEN_DAYS.default} />
        </div>
        {me.tokens.length ? <div className="mt-4"><TokenTable tokens={me.tokens} revoke={revokeApiTokenAction} /></div> : <p className="mt-3 text-sm">You have no tokens yet.</p>}
      </Card>
    </div>
  );
}
