// The service scorecard table (tablets, desktops and print): the markup is
// built as HTML by ./scorecard-table-html.ts (kept per data version by the
// page, and sent once: components/ui/kept-html.tsx), and one small client
// part opens the rows' details, fetched from `detailsUrl` (./row-details.tsx).
import { KeptHtml } from "@/components/ui/kept-html";
import { RowDetails } from "./row-details";

export function ScorecardTable({
  id,
  html,
  slot,
  detailsUrl,
}: {
  id: string;
  html: string;
  /** where the page put the kept HTML (lib/html/kept-html.ts); `inline` when there is no server render to read it */
  slot: { name: string; inline: boolean };
  detailsUrl: string;
}) {
  return (
    <>
      <KeptHtml slot={slot.name} html={slot.inline ? html : undefined} />
      <RowDetails tableId={id} detailsUrl={detailsUrl} />
    </>
  );
}
