import { OpenMonthsNav } from "@/components/open-months-nav";
import { CommentaryList } from "@/components/commentary/commentary-list";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { myCommentary, openPeriodChoice } from "@/lib/queries/commentary";
import { dueSentence } from "@/lib/commentary/due-date";
import { formatDay, ukDay } from "@/lib/dates";

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { period } = await searchParams;
  return { title: period && isPeriod(period) ? `My commentary: ${monthLabel(period)}` : "My commentary" };
}

export default async function MyCommentaryPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePageAccess("commentary.list");
  const db = await getDb();
  const { open, period } = await openPeriodChoice({ db, asked: (await searchParams).period });
  if (!period) {
    return (
      <div>
        <h1 className="text-2xl font-bold">My commentary</h1>
        <p className="mt-4">No month is open for commentary yet: a month opens when its figures are first loaded.</p>
      </div>
    );
  }
  const mine = await myCommentary({ db, user, period });
  const due = formatDay(mine.dueDate);
  return (
    <div>
      <h1 className="text-2xl font-bold">My commentary: {monthLabel(period)}</h1>
      <p className="mt-1 text-sm text-gray-800">
        {dueSentence({ month: monthLabel(period), due: mine.due, dueText: due, openedText: formatDay(mine.due.openedOn), n: mine.due.n, today: ukDay() })}
      </p>
      <OpenMonthsNav months={open} current={period} basePath="/commentary" label="Open months:" />
      <CommentaryList period={period} rows={mine.rows} dueLabel={due} />
    </div>
  );
}
