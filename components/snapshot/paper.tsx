// The one render of a board paper's content (./paper-html.ts), on the page,
// the draft's preview, the print view (and so the PDF) and the public
// release alike; a published paper's is built once and kept (`keep`).
import type { PaperView } from "@/lib/snapshots/paper-view";
import type { KeepTable } from "@/lib/snapshots/table-cache";
import { paperHtml } from "./paper-html";
import { KeptHtml } from "@/components/ui/kept-html";

export function Paper({
  view,
  period,
  print = false,
  keep,
  slot,
}: {
  view: PaperView;
  /** the reporting month's label, e.g. "April 2020" */
  period: string;
  print?: boolean;
  /** keeps a published paper's HTML (lib/snapshots/table-cache); unset for a draft */
  keep?: KeepTable;
  /**
   * A kept paper's slot (lib/snapshots/table-cache `keptSlot`): on a page's
   * first load (`inline` false) the HTML goes into the page once, from the
   * server render (components/ui/kept-html.tsx); `inline` for a navigation or refresh
   * inside the app, where there is no server render to put it there.
   */
  slot?: { name: string; inline: boolean };
}) {
  const build = () => paperHtml(view, { period, print }).value;
  const html = keep ? keep(build) : build();
  if (slot && keep) return <KeptHtml slot={slot.name} html={slot.inline ? html : undefined} />;
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
