// The catalogue by service area, in the scorecards' order: each indicator
// links to its editor; up and down move it within its service; a retired
// indicator says from when.
import Link from "next/link";
import { ActionForm, type ActionFormState } from "@/components/snapshot/action-form";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead } from "@/components/ui/table";
import { catalogueIndicatorHref } from "@/components/links";
import { monthLabel } from "@/lib/format";
import type { CatalogueRow } from "@/lib/queries/catalogue";

type Act = (state: ActionFormState, form: FormData) => Promise<ActionFormState>;
const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";

export function CatalogueList({ services, move, unitText }: { services: { key: string; name: string; rows: CatalogueRow[] }[]; move: Act; unitText: Record<string, string> }) {
  return (
    <div className="space-y-8">
      {services.map((service) => (
        <section key={service.key} aria-labelledby={`service-${service.key}`}>
          <h2 id={`service-${service.key}`} className="mb-2 text-xl font-semibold">{service.name}</h2>
          <Table caption={`${service.name}: indicators in scorecard order`}>
            <TableHead className="bg-gray-50" cellClassName={th} columns={["Position", "Indicator", "Unit", "RAG bands", "Latest figures", "State", "Move"]} />
            <tbody className="divide-y divide-gray-200">
              {service.rows.map((row, i) => (
                <tr key={row.id}>
                  <td className={`${td} tabular-nums`}>{i + 1}</td>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link href={catalogueIndicatorHref(row.code)} className="font-semibold text-blue-900 underline">
                      {row.code}
                    </Link>
                    <span className="block">{row.title}</span>
                  </th>
                  <td className={td}>{unitText[row.unit] ?? row.unit}</td>
                  <td className={td}>{row.hasBands ? "Yes" : "None"}</td>
                  <td className={td}>{row.latestPeriod ? monthLabel(row.latestPeriod) : "None loaded"}</td>
                  <td className={td}>
                    {row.retiredFrom ? <Badge tone="gray">Retired from {monthLabel(row.retiredFrom)}</Badge> : <Badge tone="green">In use</Badge>}
                  </td>
                  <td className={td}>
                    <div className="flex gap-2">
                      {i > 0 ? (
                        <ActionForm action={move} submitLabel={`Move ${row.code} up`} className="space-y-1">
                          <input type="hidden" name="indicatorId" value={row.id} />
                          <input type="hidden" name="direction" value="up" />
                        </ActionForm>
                      ) : null}
                      {i < service.rows.length - 1 ? (
                        <ActionForm action={move} submitLabel={`Move ${row.code} down`} className="space-y-1">
                          <input type="hidden" name="indicatorId" value={row.id} />
                          <input type="hidden" name="direction" value="down" />
                        </ActionForm>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}
