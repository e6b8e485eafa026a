import Link from "next/link";
import { ImportUploader } from "@/components/import/import-uploader";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { sizeInWords } from "@/lib/http/bounded-body";
import { IMPORT_KINDS } from "@/lib/import/columns";
import { authoritySettings } from "@/lib/queries/authority";

export const metadata = { title: "Import figures" };

export default async function ImportPage() {
  await requirePageAccess("data.load");
  const { importMaxBytes } = await authoritySettings({ db: await getDb() });
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Import figures</h1>
        <p className="mt-1 text-gray-800">
          Load a CSV or XLSX file: the indicator catalogue, monthly values, outturns, benchmarks or commentary. The preview shows
          what the file would change before anything is written. Every import is in the{" "}
          <Link className="font-semibold text-blue-900 underline" href="/admin/imports">
            import history
          </Link>
          , where the latest of each kind can be undone.
        </p>
      </div>
      <ImportUploader kinds={IMPORT_KINDS} maxBytes={importMaxBytes} maxBytesText={sizeInWords(importMaxBytes)} />
      <Card aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="text-lg font-semibold">
          Templates
        </h2>
        <p className="mt-1 text-sm text-gray-800">
          An Excel workbook per kind, with the column headings, drop-down lists for coded columns, and a notes sheet explaining each
          column with an example row. Fill in the first sheet and import it as it is.
        </p>
        <ul className="mt-2 flex flex-wrap gap-4">
          {IMPORT_KINDS.map((kind) => (
            <li key={kind}>
              <a className="font-semibold text-blue-900 underline" href={`/api/import/templates/${kind}`} download>
                {kind} template (XLSX)
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
