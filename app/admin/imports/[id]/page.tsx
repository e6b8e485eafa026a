import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/snapshot/action-form";
import { OutcomeBadge, when } from "@/components/import/history-table";
import { Table, TableHead } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { undoImportAction } from "@/lib/actions/imports/entry";
import { can } from "@/lib/auth/policy";
import { currentUser, requirePageAccess } from "@/lib/auth/session";
import { DETAIL_ROWS, importDetail } from "@/lib/queries/imports";
import { parseId } from "@/lib/ids";
import { CANNOT_UNDO_UNRECORDED, COUNTS_NOT_RECORDED, undoConsequence } from "@/lib/import/history-rules";

/** Each import's page names it (to those who may see it). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  const id = parseId((await params).id);
  if (!user || !can(user, "data.load") || id === null) return { title: "Import" };
  const detail = await importDetail({ db: await getDb(), batchId: id });
  return { title: detail ? `Import ${detail.batch.id}: ${detail.batch.fileName}` : "Import" };
}

const th = "p-2 text-left font-semibold";
const td = "p-2 align-top";
const n = (x: number) => x.toLocaleString("en-GB");

export default async function ImportDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageAccess("data.load");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const detail = await importDetail({ db: await getDb(), batchId: id });
  if (!detail) notFound();
  const { batch, changes, changeCount } = detail;
  return (
    <div className="space-y-4">
      <p>
        <Link className="font-semibold text-blue-900 underline" href="/admin/imports">
          Import history
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        Import {batch.id}: {batch.fileName}
      </h1>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Kind</dt>
        <dd>{batch.kind}</dd>
        <dt className="font-semibold">Loaded</dt>
        <dd>
          <time dateTime={batch.loadedAt}>{when(batch.loadedAt)}</time> by {batch.loadedBy ?? "the command line"}
        </dd>
        <dt className="font-semibold">File</dt>
        <dd>
          {batch.format?.toUpperCase() ?? "CSV"}
          {batch.sheet ? `, sheet "${batch.sheet}"` : ""}
          {batch.sha256 ? (
            <>
              , SHA-256 <code className="break-all text-sm">{batch.sha256}</code>
            </>
          ) : null}
        </dd>
        <dt className="font-semibold">Rows</dt>
        <dd>
          {n(batch.rows)}: {batch.countsRecorded ? `${n(batch.inserted)} new, ${n(batch.updated)} revised, ${n(batch.unchanged)} unchanged` : `new, revised and unchanged ${COUNTS_NOT_RECORDED}`}
        </dd>
        <dt className="font-semibold">Months opened</dt>
        <dd>{batch.opened.length > 0 ? batch.opened.join(", ") : "none"}</dd>
        <dt className="font-semibold">Outcome</dt>
        <dd>
          <OutcomeBadge row={batch} />
        </dd>
      </dl>
      {batch.latestOfKind && !batch.countsRecorded ? <p>{CANNOT_UNDO_UNRECORDED}</p> : null}
      {batch.latestOfKind && batch.countsRecorded ? (
        <ActionForm
          action={undoImportAction}
          submitLabel="Undo this import…"
          pendingLabel="Undoing…"
          className="space-y-2"
          confirm={undoConsequence(batch)}
          confirmLabel="Yes, undo this import"
        >
          <input type="hidden" name="batchId" value={batch.id} />
        </ActionForm>
      ) : null}
      <h2 className="text-lg font-semibold">
        What it changed: {n(changeCount)} {changeCount === 1 ? "row" : "rows"}
        {changeCount > changes.length ? ` (the first ${n(DETAIL_ROWS)} shown)` : ""}
      </h2>
      {batch.outcome === "undone" && batch.kind === "values" ? (
        <p>The figures this import wrote were removed when it was undone.</p>
      ) : changes.length === 0 ? (
        <p>No row changed anything (every row was as stored).</p>
      ) : (
        <Table caption="Rows this import changed">
          <TableHead cellClassName={th} columns={["Row", "What", "Change", "Before", "After"]} />
          <tbody className="divide-y divide-gray-200">
            {changes.map((c, i) => (
              <tr key={i}>
                <td className={td}>{c.row ?? "—"}</td>
                <td className={td}>{c.label}</td>
                <td className={td}>{c.change}</td>
                <td className={td}>{c.before ?? "—"}</td>
                <td className={td}>{c.after ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
