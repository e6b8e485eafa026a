import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessFields } from "@/components/admin/access-fields";
import { ActionForm } from "@/components/snapshot/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { changeAccessAction, deactivatePersonAction, reactivatePersonAction, sendPasswordResetAction } from "@/lib/actions/people/entry";
import { can } from "@/lib/auth/policy";
import { currentUser, requirePageAccess } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { roleChoices, serviceChoices } from "@/lib/views/choices";
import { personFor } from "@/lib/queries/people";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each person's page names them (to those who may see it). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  const { id } = await params;
  if (!user || !can(user, "users.manage") || !UUID.test(id)) return { title: "Person" };
  const person = await personFor({ db: await getDb(), id });
  return { title: person ? `${person.name}: person` : "Person" };
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageAccess("users.manage");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const person = await personFor({ db: await getDb(), id });
  if (!person) notFound();
  const active = person.status !== "deactivated";
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/admin/people" className="text-blue-900 underline">All people</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{person.name}</h1>
        <p className="text-gray-800">
          <span className="[overflow-wrap:anywhere]">{person.email}</span> · <Badge tone={active ? "green" : "gray"}>{active ? (person.status === "invited" ? "Invited" : "Active") : "Deactivated"}</Badge>
        </p>
        {person.lastSeenAt ? <p className="text-sm text-gray-800">Last active {formatDateTime(person.lastSeenAt)}</p> : null}
      </div>
      <Card aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-lg font-semibold">Roles and service areas</h2>
        <p className="text-sm text-gray-800">Saving ends the person&apos;s sessions, so their next request sees the new roles. Board seats are kept on the boards page.</p>
        <ActionForm action={changeAccessAction} submitLabel="Save roles" className="mt-3 space-y-4">
          <input type="hidden" name="userId" value={person.id} />
          <AccessFields idPrefix="person" choices={{ roles: roleChoices(), services: await serviceChoices({ db: await getDb() }) }} current={person} />
        </ActionForm>
      </Card>
      <Card aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <p className="text-sm text-gray-800">Email {person.name} a link to set a new password. It works once, for 72 hours; any earlier link stops working.</p>
        <ActionForm action={sendPasswordResetAction} submitLabel="Send a password link" className="mt-3 space-y-2">
          <input type="hidden" name="userId" value={person.id} />
        </ActionForm>
      </Card>
      <Card aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-lg font-semibold">{active ? "Deactivate" : "Reactivate"}</h2>
        <p className="text-sm text-gray-800">
          {active
            ? "Deactivating stops every session and API token at once. Nothing is deleted, and you can reactivate them later."
            : "Reactivating lets them sign in again with their password, or with Microsoft."}
        </p>
        <ActionForm action={active ? deactivatePersonAction : reactivatePersonAction} submitLabel={active ? `Deactivate ${person.name}` : `Reactivate ${person.name}`} className="mt-3 space-y-2">
          <input type="hidden" name="userId" value={person.id} />
        </ActionForm>
      </Card>
    </div>
  );
}
