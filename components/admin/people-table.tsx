// The people list: name and email (a link to their page), roles with service
// areas, boards, and state in words.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead } from "@/components/ui/table";
import { personHref } from "@/components/links";
import { formatDate } from "@/lib/dates";
import type { PersonRow } from "@/lib/queries/people";

const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";

const STATUS = {
  active: { text: "Active", tone: "green" },
  invited: { text: "Invited", tone: "sky" },
  deactivated: { text: "Deactivated", tone: "gray" },
} as const;

export function PeopleTable({ people, roleText, serviceName }: { people: PersonRow[]; roleText: Record<string, string>; serviceName: Record<string, string> }) {
  const services = (keys: string[]) => keys.map((k) => serviceName[k] ?? k).join(", ");
  return (
    <Table caption="People, by name: roles, service areas, boards and state">
      <TableHead className="bg-gray-50" cellClassName={th} columns={["Person", "Roles and service areas", "Boards", "State"]} />
      <tbody className="divide-y divide-gray-200">
        {people.map((p) => (
          <tr key={p.id}>
            <th scope="row" className={`${td} text-left font-normal`}>
              <Link href={personHref(p.id)} className="font-semibold text-blue-900 underline">
                {p.name}
              </Link>
              <span className="block text-xs text-gray-800">{p.email}</span>
            </th>
            <td className={td}>
              <ul className="space-y-0.5">
                {p.roles.map((r) => (
                  <li key={r}>
                    {roleText[r] ?? r}
                    {r === "manager" && p.managerOf.length ? <span className="text-gray-800"> — {services(p.managerOf)}</span> : null}
                    {r === "reporter" && p.reporterOf.length ? <span className="text-gray-800"> — {services(p.reporterOf)}</span> : null}
                  </li>
                ))}
                {p.roles.length === 0 ? <li className="text-gray-800">No roles</li> : null}
              </ul>
            </td>
            <td className={td}>{p.boards.length ? p.boards.join(", ") : <span className="text-gray-800">None</span>}</td>
            <td className={td}>
              <Badge tone={STATUS[p.status].tone}>{STATUS[p.status].text}</Badge>
              {p.status === "invited" && p.linkExpiresAt ? (
                <span className="mt-1 block text-xs text-gray-800">link works until {formatDate(p.linkExpiresAt)}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
