import { MonthTable } from "@/components/months/month-table";
import { getDb } from "@/db/client";
import { closeMonthAction, reopenMonthAction } from "@/lib/actions/months/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { monthStates } from "@/lib/queries/months";

export const metadata = { title: "Months" };

export default async function MonthsAdminPage() {
  await requirePageAccess("months.manage");
  const months = await monthStates({ db: await getDb() });
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
        <MonthTable months={months} close={closeMonthAction} reopen={reopenMonthAction} />
      )}
    </div>
  );
}
