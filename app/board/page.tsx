import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { StackedTable } from "@/components/ui/stacked-table";
import { ACTION_STATUS_TEXT } from "@/lib/figures/vocabulary";
import { openActionsFor } from "@/lib/queries/board-actions";
import { publishedSnapshotsFor } from "@/lib/queries/snapshots";
import { formatDay } from "@/lib/dates";

export const metadata = { title: "Your board papers" };

export default async function BoardPage() {
  const user = await requirePageAccess("board.read");
  const db = await getDb();
  const boardIds = user.roles.includes("admin") ? "all" : user.boardIds;
  const [papers, actions] = await Promise.all([publishedSnapshotsFor({ db, boardIds }), openActionsFor({ db, boardIds })]);
  return (
    <div>
      <h1 className="text-2xl font-bold">Board papers</h1>
      <p className="mt-1 text-gray-700">Published performance snapshots for the boards you sit on, newest first.</p>
      {papers.length === 0 ? (
        <p className="mt-6 rounded border border-gray-200 bg-white p-4">
          No board papers have been published for your boards yet. When the performance team publishes a snapshot for a
          meeting, it appears here.
        </p>
      ) : (
        <ul className="mt-6 space-y-3">
          {papers.map((p) => (
            <li key={p.id} className="rounded border border-gray-200 bg-white p-4">
              <Link href={`/snapshots/${p.id}`} className="text-lg font-semibold">
                {p.title}
                {p.version > 1 ? ` (correction ${p.version - 1})` : ""}
              </Link>
              <p className="text-sm text-gray-700">
                {p.board} · meeting {formatDay(p.meetingDate)} · figures for {monthLabel(p.period)}
                {p.supersededBy ? " · superseded by a correction" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="open-actions" className="mt-8 space-y-3">
        <h2 id="open-actions" className="text-xl font-semibold">Open actions</h2>
        {actions.length === 0 ? (
          <p>No open actions from your boards&apos; meetings.</p>
        ) : (
          <StackedTable
            caption="Open actions from the boards' meetings, soonest due first"
            headers={["Action", "Owner", "Due", "Status", "Meeting"]}
            numeric={false}
            rows={actions.map((a) => [
              <Link key="a" href={`/snapshots/${a.snapshotId}#resolution`}>{a.body}</Link>,
              a.owner ?? "unknown",
              formatDay(a.dueDate),
              a.status ? ACTION_STATUS_TEXT[a.status] : "n/a",
              `${a.board}, ${formatDay(a.meetingDate)}`,
            ])}
          />
        )}
      </section>
    </div>
  );
}
