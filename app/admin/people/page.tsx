import { AccessFields } from "@/components/admin/access-fields";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PeopleTable } from "@/components/admin/people-table";
import { ActionForm } from "@/components/snapshot/action-form";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { invitePersonAction } from "@/lib/actions/people/entry";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageAccess } from "@/lib/auth/session";
import { roleChoices, serviceChoices, serviceNames } from "@/lib/views/choices";
import { peopleFor, type PeopleFilters } from "@/lib/queries/people";

export const metadata = { title: "People" };

const STATES = [
  { value: "active", label: "Active" },
  { value: "invited", label: "Invited" },
  { value: "deactivated", label: "Deactivated" },
];

export default async function PeoplePage({ searchParams }: { searchParams: Promise<PeopleFilters> }) {
  await requirePageAccess("users.manage");
  const raw = await searchParams;
  const filters: PeopleFilters = { q: raw.q || undefined, role: raw.role || undefined, service: raw.service || undefined, status: raw.status || undefined };
  const people = await peopleFor({ db: await getDb(), filters });
  const choices = { roles: roleChoices(), services: await serviceChoices({ db: await getDb() }) };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">People</h1>
      <p className="max-w-3xl text-gray-800">
        Everyone who can sign in to Lantern, with their roles. Nobody is ever deleted: deactivate someone to stop them signing
        in (the audit trail keeps their name). A change of roles or a deactivation applies from the person&apos;s next request.
      </p>
      <FilterForm label="Filter people">
        <Field id="people-q" name="q" label="Name or email" labelStyle="strong">
          <Input size="sm" type="search" defaultValue={filters.q ?? ""} />
        </Field>
        <FilterSelect id="people-role" name="role" label="Role" value={filters.role} options={choices.roles} />
        <FilterSelect id="people-service" name="service" label="Service area" value={filters.service} options={choices.services} />
        <FilterSelect id="people-status" name="status" label="State" value={filters.status} options={STATES} />
      </FilterForm>
      <p role="status" className="text-sm">{people.length === 1 ? "1 person." : `${people.length} people.`}</p>
      {people.length ? <PeopleTable people={people} roleText={ROLE_LABELS} serviceName={await serviceNames({ db: await getDb() })} /> : null}
      <Card aria-labelledby="invite-heading" className="max-w-3xl">
        <h2 id="invite-heading" className="text-lg font-semibold">Invite someone</h2>
        <p className="text-sm text-gray-800">They get an email with a link to set their password. The link works once, for 72 hours.</p>
        <ActionForm action={invitePersonAction} submitLabel="Send invitation" pendingLabel="Sending…" resetOnSuccess className="mt-3 space-y-4">
          <Field id="invite-name" name="name" label="Name">
            <Input autoComplete="off" />
          </Field>
          <Field id="invite-email" name="email" label="Email address">
            <Input type="email" autoComplete="off" />
          </Field>
          <AccessFields idPrefix="invite" choices={choices} />
        </ActionForm>
      </Card>
    </div>
  );
}
