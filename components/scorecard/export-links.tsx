import { DownloadLink } from "@/components/ui/download-link";

/** Downloads of the scorecard in the import file shapes (docs/data-formats.md). */
export function ExportLinks({ base, title = "Download this scorecard" }: { base: string; title?: string }) {
  const csv = ["indicators", "values", "outturns", "benchmarks", "commentary"];
  return (
    <section aria-labelledby="export-heading" className="text-sm print:hidden">
      <h2 id="export-heading" className="font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-gray-800">
        In the same columns Lantern imports, so a downloaded file loads back unchanged.
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <DownloadLink href={`${base}?format=xlsx`}>Excel workbook (XLSX, every sheet)</DownloadLink>
        </li>
        {csv.map((kind) => (
          <li key={kind}>
            <DownloadLink href={`${base}?format=csv&kind=${kind}`}>{`${kind}.csv`}</DownloadLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
