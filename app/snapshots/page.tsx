import Link from "next/link";
import { Table, TableHead } from "@/components/ui/table";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { allSnapshots } from "@/lib/queries/snapshots";
import { formatDay } from "@/lib/dates";

export const metadata = { title: "Board papers" };

const STATUS = { draft: "Draft", published: "Published", superseded: "Superseded" } as const;

export default async function SnapshotsPage() {
  const user = await requireUser();
  // Board members see only their boards' published papers, on /board.
  if (!can(user, "scorecard.read")) redirect("/board");
  const papers = await allSnapshots({ db: await getDb() });
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Board papers</h1>
        {can(user, "snapshot.compose") ? (
          <Link href="/snapshots/new" className={buttonClass({ size: "sm", className: "text-base" })}>
            New board snapshot
          </Link>
        ) : null}
      </div>
      {papers.length === 0 ? (
        <p className="mt-6">No board snapshots yet.</p>
      ) : (
        <Table caption="Board snapshots, newest meeting first" className="mt-6">
          <TableHead className="bg-gray-50 text-left" cellClassName="px-3 py-2" columns={["Paper", "Board", "Meeting", "Figures for", "Status"]} />
          <tbody className="divide-y divide-gray-100">
            {papers.map((p) => (
              <tr key={p.id}>
                <td className="px-3 py-2"><Link href={`/snapshots/${p.id}`}>{p.title}</Link>{p.version > 1 ? ` (version ${p.version})` : ""}</td>
                <td className="px-3 py-2">{p.board}</td>
                <td className="px-3 py-2">{formatDay(p.meetingDate)}</td>
                <td className="px-3 py-2">{monthLabel(p.period)}</td>
                <td className="px-3 py-2">{STATUS[p.status]}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
