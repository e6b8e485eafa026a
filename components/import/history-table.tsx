// The import history: one row per file loaded, with its counts and outcome,
// and the Undo control (passed in by the page) on the latest of each kind.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead } from "@/components/ui/table";
import type { ImportHistoryRow } from "@/lib/queries/imports";
import { formatDateTime } from "@/lib/dates";
import { COUNTS_NOT_RECORDED } from "@/lib/import/history-rules";

const th = "p-2 text-left font-semibold";
const td = "p-2 align-top";
const n = (x: number) => x.toLocaleString("en-GB");
export const when = (iso: string) => formatDateTime(iso);

export function ImportHistoryTable({ rows, undo }: { rows: ImportHistoryRow[]; undo: (row: ImportHistoryRow) => ReactNode }) {
  if (rows.length === 0) return <p>Nothing has been imported yet.</p>;
  return (
    <Table caption="Imports, newest first">
      <TableHead cellClassName={th} columns={["When (UK time)", "Who", "File", "Kind", "Rows", "New / revised / unchanged", "Outcome", "Undo"]} />
      <tbody className="divide-y divide-gray-200">
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={`${td} whitespace-nowrap`}>
              <time dateTime={r.loadedAt}>{when(r.loadedAt)}</time>
            </td>
            <td className={td}>{r.loadedBy ?? "command line"}</td>
            <td className={td}>
              <Link className="font-semibold text-blue-900 underline" href={`/admin/imports/${r.id}`}>
                {r.fileName}
              </Link>
              {r.sheet ? <span className="text-gray-700"> (sheet {r.sheet})</span> : null}
            </td>
            <td className={td}>{r.kind}</td>
            <td className={td}>{n(r.rows)}</td>
            <td className={td}>{r.countsRecorded ? `${n(r.inserted)} / ${n(r.updated)} / ${n(r.unchanged)}` : COUNTS_NOT_RECORDED}</td>
            <td className={td}>
              <OutcomeBadge row={r} />
            </td>
            <td className={td}>{r.latestOfKind && r.countsRecorded ? undo(r) : <span className="text-sm text-gray-700">{r.outcome === "undone" ? "—" : r.countsRecorded ? "not the latest" : "cannot be undone"}</span>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function OutcomeBadge({ row }: { row: ImportHistoryRow }) {
  return row.outcome === "undone" ? (
    <Badge tone="orange">
      Undone{row.undoneAt ? ` ${when(row.undoneAt)}` : ""}
      {row.undoneBy ? ` by ${row.undoneBy}` : ""}
    </Badge>
  ) : (
    <Badge tone="green">Loaded</Badge>
  );
}
