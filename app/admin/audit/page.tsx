import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { auditEventsFor, auditFilterChoices, type AuditFilters } from "@/lib/queries/audit";

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
  return (
    <div>
      <h1 className="text-2xl font-bold">Audit trail</h1>
      <p className="mt-1 text-sm text-gray-800">Every change: who made it, what it was, and the state before and after. Times are UTC.</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-3 text-sm" aria-label="Filter the audit trail">
        <Field id="audit-action" name="action" label="Action" labelStyle="strong">
          <Select size="sm" defaultValue={filters.action ?? ""}>
            <option value="">Any</option>
            {choices.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field id="audit-entity" name="entityType" label="Entity" labelStyle="strong">
          <Select size="sm" defaultValue={filters.entityType ?? ""}>
            <option value="">Any</option>
            {choices.entityTypes.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </Select>
        </Field>
        <Field id="audit-actor" name="actor" label="Person (name or email)" labelStyle="strong">
          <Input size="sm" defaultValue={filters.actor ?? ""} />
        </Field>
        <Field id="audit-from" name="from" label="From" labelStyle="strong">
          <Input size="sm" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="audit-to" name="to" label="To" labelStyle="strong">
          <Input size="sm" type="date" defaultValue={filters.to ?? ""} />
        </Field>
        <Button type="submit">Filter</Button>
      </form>
      <p className="mt-3 text-sm" role="status">
        {rows.length === 200 ? "Showing the newest 200 events." : `${rows.length} event${rows.length === 1 ? "" : "s"}.`}
      </p>
      <Table caption="Audit events, newest first" className="mt-2" tableClassName="border-collapse">
        <thead>
          <tr className="border-b border-gray-400 text-left">
            <th scope="col" className="p-2">
              Time (UTC)
            </th>
            <th scope="col" className="p-2">
              Who
            </th>
            <th scope="col" className="p-2">
              Action
            </th>
            <th scope="col" className="p-2">
              Entity
            </th>
            <th scope="col" className="p-2">
              What happened
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-gray-200 align-top">
              <td className="whitespace-nowrap p-2">
                <time dateTime={r.at}>{r.at.slice(0, 19).replace("T", " ")}</time>
              </td>
              <td className="p-2">{r.actorName ?? r.actorEmail ?? "system"}</td>
              <td className="p-2">
                <code>{r.action}</code>
              </td>
              <td className="p-2">
                {r.entityType}
                {r.entityId ? ` ${r.entityId}` : ""}
              </td>
              <td className="p-2">
                {r.summary}
                {r.before || r.after ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-blue-900">Before and after</summary>
                    <pre className="mt-1 whitespace-pre-wrap text-xs">{JSON.stringify({ before: r.before, after: r.after }, null, 2)}</pre>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
