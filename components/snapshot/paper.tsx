// The one render of a board paper's content (./paper-html.ts) as a React
// part, for the print views (and so the PDFs); a published paper's is built
// once and kept (`keep`). The paper's page and its public release use the
// same render, stored with the paper (app/snapshots/paper-renders.ts).
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
  const build = () => paperHtml(view, { period, print }).value;
  const html = keep ? keep(build) : build();
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
