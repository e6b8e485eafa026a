// The admin's months: each month's state and counts, with the button that
// closes it to commentary or reopens it. State is said in words (the badge
// tint only repeats it).
import { ActionForm, type ActionFormState } from "@/components/snapshot/action-form";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead } from "@/components/ui/table";
import { monthLabel } from "@/lib/format";
import type { MonthState } from "@/lib/queries/months";
import { formatDate } from "@/lib/dates";

type MonthAction = (state: ActionFormState, form: FormData) => Promise<ActionFormState>;

const dateText = (date: Date) => formatDate(date);

const th = "px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";

export function MonthTable({
  months,
  caption,
  close,
  reopen,
}: {
  months: MonthState[];
  caption: string;
  close: MonthAction;
  reopen: MonthAction;
}) {
  return (
    <Table caption={caption}>
      <TableHead className="bg-gray-50" cellClassName={th} columns={["Month", "State", { label: "Indicators with figures", className: "text-right" }, "Commentary", { label: "Scorecards approved", className: "text-right" }, "Change"]} />
      <tbody className="divide-y divide-gray-200">
        {months.map((m) => {
          const label = monthLabel(m.period);
          return (
            <tr key={m.period}>
              <th scope="row" className={`${td} text-left font-semibold`}>{label}</th>
              <td className={td}>
                {m.closedAt ? (
                  <>
                    <Badge tone="gray">Closed</Badge>
                    <span className="mt-1 block text-xs text-gray-800">
                      {m.closedByName ? `by ${m.closedByName} ` : ""}on {dateText(m.closedAt)}
                    </span>
                  </>
                ) : (
                  <>
                    <Badge tone="green">Open for commentary</Badge>
                    <span className="mt-1 block text-xs text-gray-800">since {dateText(m.openedAt)}</span>
                  </>
                )}
              </td>
              <td className={`${td} text-right tabular-nums`}>{m.indicators}</td>
              <td className={td}>
                <ul className="text-xs leading-5">
                  <li>{m.commentary.approved} approved</li>
                  <li>{m.commentary.submitted} submitted</li>
                  <li>{m.commentary.inProgress} in progress</li>
                  <li>{m.commentary.notNeeded} no commentary needed</li>
                  <li>{m.commentary.notStarted} not started</li>
                </ul>
              </td>
              <td className={`${td} text-right tabular-nums`}>{m.scorecardsApproved}</td>
              <td className={td}>
                <ActionForm
                  action={m.closedAt ? reopen : close}
                  submitLabel={m.closedAt ? `Reopen ${label}` : `Close ${label}`}
                  className="space-y-2"
                >
                  <input type="hidden" name="period" value={m.period} />
                </ActionForm>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
