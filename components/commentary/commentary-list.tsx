// "My commentary": each indicator as a link named by its code and title, with
// its status and whether it is overdue.
import Link from "next/link";
import { CommentaryStatus } from "@/components/commentary-status";
import { commentaryHref } from "@/components/links";
import { Table, TableHead } from "@/components/ui/table";
import type { MyCommentaryRow } from "@/lib/queries/commentary";

export function CommentaryList({ period, rows, dueLabel }: { period: string; rows: MyCommentaryRow[]; dueLabel: string }) {
  if (rows.length === 0) return <p className="mt-4">You have no indicators to write commentary on.</p>;
  return (
    <Table caption="Your indicators and their commentary status" className="mt-4" tableClassName="w-full border-collapse">
      <TableHead rowClassName="border-b border-gray-400 text-left" cellClassName="p-2" columns={["Indicator", "Service area", "Status", "Due"]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.indicatorId} className="border-b border-gray-200 align-top">
            <td className="p-2">
              <Link href={commentaryHref(period, r.indicatorId)}>
                {r.code} {r.title}
              </Link>
              {r.returnNote ? <p className="mt-1 text-xs text-orange-900">Returned: {r.returnNote}</p> : null}
            </td>
            <td className="p-2">{r.serviceName}</td>
            <td className="p-2">
              <CommentaryStatus status={r.status} />
            </td>
            <td className="p-2">
              {dueLabel}
              {r.overdue ? <strong className="ml-2 text-red-800">Overdue</strong> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
