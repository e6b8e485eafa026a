// The service scorecard table (tablets, desktops and print): the markup is
// built as HTML by ./scorecard-table-html.ts (kept per data version by the
// page), and one small client part opens the rows' details.
import { RowDetails } from "./row-details";

export function ScorecardTable({ id, html }: { id: string; html: string }) {
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <RowDetails tableId={id} />
    </>
  );
}
