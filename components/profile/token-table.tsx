// The person's API tokens: name, the last four characters, dates, last use, state, and revoke.
import { ActionForm, type ActionFormState } from "@/components/snapshot/action-form";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TokenRow } from "@/lib/queries/profile";

const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";
const STATE = { active: { text: "Active", tone: "green" }, expired: { text: "Expired", tone: "gray" }, revoked: { text: "Revoked", tone: "gray" } } as const;

export function TokenTable({ tokens, revoke }: { tokens: TokenRow[]; revoke: (state: ActionFormState, form: FormData) => Promise<ActionFormState> }) {
  return (
    <Table caption="Your API tokens, newest first">
      <TableHead className="bg-gray-50" cellClassName={th} columns={["Name", "Ends in", "Created", "Expires", "Last used", "State", "Revoke"]} />
      <tbody className="divide-y divide-gray-200">
        {tokens.map((t) => (
          <tr key={t.id}>
            <th scope="row" className={`${td} text-left`}>{t.name}</th>
            <td className={`${td} font-mono`}>…{t.hint}</td>
            <td className={td}>{formatDate(t.createdAt)}</td>
            <td className={td}>{formatDate(t.expiresAt)}</td>
            <td className={td}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never"}</td>
            <td className={td}>
              <Badge tone={STATE[t.state].tone}>{STATE[t.state].text}</Badge>
            </td>
            <td className={td}>
              {t.state === "active" ? (
                <ActionForm action={revoke} submitLabel={`Revoke ${t.name}`} className="space-y-1">
                  <input type="hidden" name="tokenId" value={t.id} />
                </ActionForm>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
