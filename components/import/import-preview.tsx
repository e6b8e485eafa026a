// What the preview shows: the counts, the months the file opens, the revised
// rows (old figure → new figure, who loaded the old one and when), the new
// rows, and every error (the first 200 here, all of them as a CSV download).
import { Alert } from "@/components/ui/alert";
import { Table, TableHead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import { neutraliseText } from "@/lib/export/neutralise";
import type { ImportPreview as Preview, PreviewRow } from "@/lib/import/preview-types";
import { PREVIEW_ROWS } from "@/lib/import/preview-types";

const th = "p-2 text-left font-semibold";
const td = "p-2 align-top";
const n = (x: number) => x.toLocaleString("en-GB");

/** The preview's heading: focus goes there when the preview is ready. */
export const PREVIEW_HEADING_ID = "import-preview-heading";

export function ImportPreview({ preview }: { preview: Preview }) {
  if (!preview.ok) return <PreviewErrors preview={preview} />;
  const { counts } = preview;
  return (
    <div className="space-y-4">
      <h2 id={PREVIEW_HEADING_ID} className="text-lg font-semibold">
        Preview of {preview.file}
        {preview.sheet ? `, sheet "${preview.sheet}"` : ""} ({preview.kind}
        {preview.detected ? ", recognised from the header row" : ""})
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Rows in the file">
        <Count label="Rows" value={preview.rows} />
        <Count label="New" value={counts.new} />
        <Count label="Revised" value={counts.revised} />
        <Count label="Unchanged" value={counts.unchanged} />
      </dl>
      <p>
        {preview.opens.length > 0
          ? `Importing opens ${preview.opens.join(", ")} for commentary.`
          : "Importing opens no new month for commentary."}{" "}
        Nothing has been written yet.
      </p>
      {preview.notes.length > 0 ? (
        <section aria-labelledby="import-notes-heading">
          <h3 id="import-notes-heading" className="font-semibold">
            Categories that do not add up to the figure
          </h3>
          <ul className="mt-1 list-disc pl-5">
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.revised.length > 0 ? <ChangeTable title="Revised rows" rows={preview.revised} total={counts.revised} revised /> : null}
      {preview.added.length > 0 ? <ChangeTable title="New rows" rows={preview.added} total={counts.new} /> : null}
    </div>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded border border-gray-300 bg-white p-3">
      <dt className="text-sm text-gray-700">{label}</dt>
      <dd className="text-2xl font-bold">{n(value)}</dd>
    </div>
  );
}

function ChangeTable({ title, rows, total, revised = false }: { title: string; rows: PreviewRow[]; total: number; revised?: boolean }) {
  return (
    <section aria-label={title}>
      <h3 className="font-semibold">
        {title}: {n(total)}
        {total > rows.length ? ` (the first ${n(rows.length)} shown)` : ""}
      </h3>
      <Table caption={title} className="mt-2 max-h-96 overflow-auto">
        <TableHead cellClassName={th} columns={["Row", "What", revised && "Old figure", revised ? "New figure" : "Figure", revised && "Old figure loaded by"]} />
        <tbody className="divide-y divide-gray-200">
          {rows.map((r) => (
            <tr key={r.row}>
              <td className={td}>{r.row}</td>
              <td className={td}>{r.label}</td>
              {revised ? <td className={td}>{r.before}</td> : null}
              <td className={td}>{r.after}</td>
              {revised ? (
                <td className={td}>
                  {r.beforeBy ?? "unknown"}
                  {r.beforeAt ? `, ${formatDateTime(r.beforeAt)}` : ""}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function PreviewErrors({ preview }: { preview: Preview }) {
  const shown = preview.errors.slice(0, PREVIEW_ROWS);
  const rest = preview.errors.length - shown.length;
  return (
    <div className="space-y-3">
      <Alert tone="error">
        <h2 id={PREVIEW_HEADING_ID} className="font-semibold">
          {preview.file} has {n(preview.errors.length)} {preview.errors.length === 1 ? "error" : "errors"}: nothing can be loaded from it.
        </h2>
        <p>Correct the file and preview it again. Each line says the row and column (file:row:column: reason).</p>
      </Alert>
      <ol className="list-none space-y-1 font-mono text-sm" aria-label="Errors">
        {shown.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ol>
      {rest > 0 ? <p>and {n(rest)} more, in the download.</p> : null}
      <a className="font-semibold text-blue-900 underline" href={errorsCsvHref(preview)} download={`${preview.file}-errors.csv`}>
        Download every error as CSV ({n(preview.errors.length)} rows)
      </a>
    </div>
  );
}

/** file,row,column,reason: the same words, one error a row. */
function errorsCsvHref(preview: Preview): string {
  const quote = (s: string) => `"${neutraliseText(s).replace(/"/g, '""')}"`;
  const lines = ["file,row,column,reason"];
  for (const e of preview.errors) {
    const rest = e.startsWith(`${preview.file}:`) ? e.slice(preview.file.length + 1) : e;
    const m = /^(\d+)(?::(\d+))?: ([\s\S]*)$/.exec(rest);
    lines.push(m ? [quote(preview.file), m[1], m[2] ?? "", quote(m[3])].join(",") : [quote(preview.file), "", "", quote(rest)].join(","));
  }
  return `data:text/csv;charset=utf-8,${encodeURIComponent(lines.join("\r\n"))}`;
}
