import Link from "next/link";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { publishedSnapshotsFor } from "@/lib/queries/snapshots";
import { formatDay } from "@/lib/dates";

export const metadata = { title: "Board papers" };

export default async function BoardPage() {
  const user = await requirePageAccess("board.read");
  const papers = await publishedSnapshotsFor({
    db: await getDb(),
    boardIds: user.roles.includes("admin") ? "all" : user.boardIds,
  });
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
    </div>
  );
}
