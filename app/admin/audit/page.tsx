import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { Field, Input } from "@/components/ui/field";
import { Table, TableHead } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { auditActionText, auditChanges, auditEntityText, personOrId } from "@/lib/audit/words";
import { formatDateTime } from "@/lib/dates";
import { auditEventsFor, auditFilterChoices, auditPeopleNames, type AuditFilters } from "@/lib/queries/audit";

export const metadata = { title: "Audit trail" };

type Search = Partial<Record<keyof AuditFilters, string>>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageAccess("audit.read");
  const db = await getDb();
  const raw = await searchParams;
  const filters: AuditFilters = {
    action: raw.action || undefined,
    actor: raw.actor?.trim() || undefined,
    entityType: raw.entityType || undefined,
    from: raw.from || undefined,
    to: raw.to || undefined,
  };
  const [rows, choices] = await Promise.all([auditEventsFor({ db, filters }), auditFilterChoices({ db })]);
  const names = await auditPeopleNames({ db, rows });
  return (
    <div>
      <h1 className="text-2xl font-bold">Audit trail</h1>
      <p className="mt-1 text-sm text-gray-800">Every change: who made it, what it was, and the state before and after. Times are UK time.</p>
      <FilterForm label="Filter the audit trail" className="mt-4">
        <FilterSelect id="audit-action" name="action" label="Action" value={filters.action} options={choices.actions.map((a) => ({ value: a, label: auditActionText(a) }))} />
        <FilterSelect id="audit-entity" name="entityType" label="Entity" value={filters.entityType} options={choices.entityTypes.map((e) => ({ value: e, label: auditEntityText(e) }))} />
        <Field id="audit-actor" name="actor" label="Person (name or email)" labelStyle="strong">
          <Input size="sm" defaultValue={filters.actor ?? ""} />
        </Field>
        <Field id="audit-from" name="from" label="From" labelStyle="strong">
          <Input size="sm" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="audit-to" name="to" label="To" labelStyle="strong">
          <Input size="sm" type="date" defaultValue={filters.to ?? ""} />
        </Field>
      </FilterForm>
      <p className="mt-3 text-sm" role="status">
        {rows.length === 200 ? "Showing the newest 200 events." : `${rows.length} event${rows.length === 1 ? "" : "s"}.`}
      </p>
      <Table caption="Audit events, newest first" className="mt-2" tableClassName="border-collapse">
        <TableHead rowClassName="border-b border-gray-400 text-left" cellClassName="p-2" columns={["Time (UK)", "Who", "Action", "Entity", "What happened"]} />
        <tbody>
          {rows.map((r) => {
            const changes = auditChanges(r.before, r.after, names);
            return (
            <tr key={r.id} className="border-b border-gray-200 align-top">
              <td className="whitespace-nowrap p-2">
                <time dateTime={r.at}>{formatDateTime(r.at)}</time>
              </td>
              <td className="p-2">{r.actorName ?? r.actorEmail ?? "system"}</td>
              <td className="p-2">
                {auditActionText(r.action)}
              </td>
              <td className="p-2">
                {auditEntityText(r.entityType)}
                {r.entityId ? ` ${personOrId(r.entityId, names)}` : ""}
              </td>
              <td className="p-2">
                {r.summary}
                {changes.length > 0 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-blue-900">Before and after</summary>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
                      {changes.map((c) => (
                        <div key={c.field} className="contents">
                          <dt className="font-semibold">{c.field}</dt>
                          <dd className="break-words">
                            {c.before} → {c.after}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </td>
            </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
