import Link from "next/link";
import { CommentaryList } from "@/components/commentary/commentary-list";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { myCommentary, openCommentaryPeriods } from "@/lib/queries/commentary";

export const metadata = { title: "My commentary" };

export default async function MyCommentaryPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePageAccess("commentary.list");
  const db = await getDb();
  const open = await openCommentaryPeriods({ db });
  const asked = (await searchParams).period;
  const period = asked && isPeriod(asked) && open.includes(asked) ? asked : open[0];
  if (!period) {
    return (
      <div>
        <h1 className="text-2xl font-bold">My commentary</h1>
        <p className="mt-4">No month is open for commentary yet: a month opens when its figures are first loaded.</p>
      </div>
    );
  }
  const mine = await myCommentary({ db, user, period });
  const due = new Date(`${mine.dueDate}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div>
      <h1 className="text-2xl font-bold">My commentary: {monthLabel(period)}</h1>
      <p className="mt-1 text-sm text-gray-800">Commentary for {monthLabel(period)} is due on {due}.</p>
      {open.length > 1 ? (
        <nav aria-label="Open months" className="mt-3 text-sm">
          <span className="mr-2">Open months:</span>
          <ul className="inline-flex flex-wrap gap-3">
            {open.map((p) => (
              <li key={p}>
                {p === period ? (
                  <span aria-current="page" className="font-semibold">
                    {monthLabel(p)}
                  </span>
                ) : (
                  <Link href={`/commentary?period=${p}`}>{monthLabel(p)}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <CommentaryList period={period} rows={mine.rows} dueLabel={due} />
    </div>
  );
}
