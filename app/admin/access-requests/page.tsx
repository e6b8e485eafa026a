import { AccessFields } from "@/components/admin/access-fields";
import { ActionForm } from "@/components/snapshot/action-form";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { dismissAccessAction, grantAccessAction } from "@/lib/actions/access/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { accessRequestsFor } from "@/lib/queries/access-requests";
import { roleChoices, serviceChoices } from "@/lib/views/choices";

export const metadata = { title: "Access requests" };

export default async function AccessRequestsPage() {
  await requirePageAccess("users.manage");
  const { waiting, done } = await accessRequestsFor({ db: await getDb() });
  const choices = { roles: roleChoices(), services: await serviceChoices({ db: await getDb() }) };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Access requests</h1>
      <p className="text-gray-800">
        People who signed in with Microsoft but have no Lantern account. They were told that the performance team has been told. Grant
        them roles to let them in, or dismiss the request.
      </p>
      {waiting.length === 0 ? <p role="status">No requests are waiting.</p> : null}
      {waiting.map((r) => (
        <Card key={r.id} aria-labelledby={`request-${r.id}`}>
          <h2 id={`request-${r.id}`} className="text-lg font-semibold">{r.name ?? r.email}</h2>
          <p className="text-sm text-gray-800">
            {r.email} · first asked {formatDateTime(r.firstAt)}
            {r.attempts > 1 ? ` · tried ${r.attempts} times, last ${formatDateTime(r.lastAt)}` : ""}
          </p>
          <ActionForm action={grantAccessAction} submitLabel={`Grant access to ${r.email}`} className="mt-3 space-y-4">
            <input type="hidden" name="requestId" value={r.id} />
            <Field id={`grant-name-${r.id}`} name="name" label="Name">
              <Input defaultValue={r.name ?? ""} />
            </Field>
            <AccessFields idPrefix={`grant-${r.id}`} choices={choices} />
          </ActionForm>
          <ActionForm action={dismissAccessAction} submitLabel={`Dismiss ${r.email}`} className="mt-3 space-y-2">
            <input type="hidden" name="requestId" value={r.id} />
          </ActionForm>
        </Card>
      ))}
      {done.length ? (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="text-lg font-semibold">Dealt with lately</h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {done.map((d) => (
              <li key={d.id}>
                {d.name ?? d.email} ({d.email}): {d.outcome === "granted" ? "granted" : "dismissed"}
                {d.resolvedBy ? ` by ${d.resolvedBy}` : ""}
                {d.resolvedAt ? ` on ${formatDateTime(d.resolvedAt)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
