import Link from "next/link";
import { ActionForm } from "@/components/snapshot/action-form";
import { ImportHistoryTable } from "@/components/import/history-table";
import { ArrivalResult } from "@/components/ui/arrival-result";
import { getDb } from "@/db/client";
import { undoImportAction } from "@/lib/actions/imports/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { undoConsequence } from "@/lib/import/history-rules";
import { importHistory } from "@/lib/queries/imports";

export const metadata = { title: "Import history" };

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<{ undone?: string }> }) {
  await requirePageAccess("data.load");
  const rows = await importHistory({ db: await getDb() });
  const undoneId = Number((await searchParams).undone);
  const undone = rows.find((r) => r.id === undoneId && r.outcome === "undone");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Import history</h1>
        <Link className="font-semibold text-blue-900 underline" href="/admin/import">
          Import a file
        </Link>
      </div>
      <p className="text-gray-800">
        Every file loaded, newest first: who loaded it, when, and what it changed. The latest import of each kind can be undone: revised
        figures go back to what they were and new rows go, unless a published board paper or an approval rests on them. Times are UK time.
      </p>
      {undone ? (
        <ArrivalResult id="undo-result">{`Undone: ${undone.fileName}. Its revised figures are back as they were and its new rows are gone.`}</ArrivalResult>
      ) : null}
      <ImportHistoryTable
        rows={rows}
        undo={(row) => (
          <ActionForm
            action={undoImportAction}
            submitLabel={`Undo ${row.fileName}…`}
            pendingLabel="Undoing…"
            className="space-y-1"
            confirm={undoConsequence(row)}
            confirmLabel={`Yes, undo ${row.fileName}`}
          >
            <input type="hidden" name="batchId" value={row.id} />
          </ActionForm>
        )}
      />
    </div>
  );
}
