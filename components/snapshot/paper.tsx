// The one render of a board paper's content (./paper-html.ts), on the page,
// the draft's preview, the print view (and so the PDF) and the public
// release alike; a published paper's is built once and kept (`keep`).
import type { PaperView } from "@/lib/snapshots/paper-view";
import type { KeepTable } from "@/lib/snapshots/table-cache";
import { paperHtml } from "./paper-html";

export function Paper({
  view,
  period,
  print = false,
  keep,
}: {
  view: PaperView;
  /** the reporting month's label, e.g. "April 2020" */
  period: string;
  print?: boolean;
  /** keeps a published paper's HTML (lib/snapshots/table-cache); unset for a draft */
  keep?: KeepTable;
}) {
  const build = () => paperHtml(view, { period, print });
  return <div dangerouslySetInnerHTML={{ __html: keep ? keep(build) : build() }} />;
}
