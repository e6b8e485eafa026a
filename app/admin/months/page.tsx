import Link from "next/link";
import { MonthTable } from "@/components/months/month-table";
import { CloseThroughForm } from "@/components/months/close-through-form";
import { getDb } from "@/db/client";
import { closeMonthAction, closeOpenMonthsThroughAction, reopenMonthAction } from "@/lib/actions/months/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { monthStates } from "@/lib/queries/months";

export const metadata = { title: "Months" };

/** Closed months listed unless the admin asks for all of them. */
const RECENT_CLOSED = 12;

export default async function MonthsAdminPage({ searchParams }: { searchParams: Promise<{ all?: string }> }) {
  await requirePageAccess("months.manage");
  const showAll = (await searchParams).all === "1";
  const months = await monthStates({ db: await getDb() });
  const open = months.filter((m) => !m.closedAt);
  const closed = months.filter((m) => m.closedAt);
  const shown = showAll ? months : [...open, ...closed.slice(0, RECENT_CLOSED)].sort((a, b) => b.period.localeCompare(a.period));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Months</h1>
      <p className="max-w-3xl text-gray-800">
        A month opens for commentary when its figures are first loaded. Close it once it has been reported: its
        commentary can then no longer be written, submitted, approved or returned. Reopen it if something must change.
        Loading figures again never reopens a closed month.
      </p>
      {months.length === 0 ? (
        <p>No figures have been loaded yet, so there are no months.</p>
      ) : (
        <>
          <p>
            {open.length} open for commentary, {closed.length} closed.{" "}
            {showAll ? (
              <Link href="/admin/months">Show the open months and the {RECENT_CLOSED} latest closed ones</Link>
            ) : closed.length > RECENT_CLOSED ? (
              <Link href="/admin/months?all=1">Show all {months.length} months</Link>
            ) : null}
          </p>
          {open.length > 1 ? <CloseThroughForm openPeriods={open.map((m) => m.period)} action={closeOpenMonthsThroughAction} /> : null}
          <MonthTable
            months={shown}
            caption={showAll ? "Every reporting month, newest first" : `Open months and the ${RECENT_CLOSED} latest closed months, newest first`}
            close={closeMonthAction}
            reopen={reopenMonthAction}
          />
        </>
      )}
    </div>
  );
}
