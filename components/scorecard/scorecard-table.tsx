// The service scorecard table (tablets, desktops and print): the markup is
// built as HTML by ./scorecard-table-html.ts (kept per data version by the
// page), and one small client part opens the rows' details, fetched from
// `detailsUrl` (./row-details.tsx).
import { RowDetails } from "./row-details";

export function ScorecardTable({ id, html, detailsUrl }: { id: string; html: string; detailsUrl: string }) {
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <RowDetails tableId={id} detailsUrl={detailsUrl} />
    </>
  );
}
