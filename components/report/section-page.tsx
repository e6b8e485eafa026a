// A service's section of the monthly report, on a page of its own in print:
// its narrative ("significant changes and areas of concern", approved with
// the scorecard), then each indicator (./indicator-block-html.ts).
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/dates";
import type { ReportChange } from "@/lib/report/issues";
import type { ReportSection } from "@/lib/report/monthly";
import { DraftMark } from "./draft-mark";
import { indicatorBlocksHtml } from "./indicator-block-html";

export function SectionPage({
  section,
  draft,
  revised,
  editor,
  blocks,
}: {
  section: ReportSection;
  draft: boolean;
  revised: Map<string, Extract<ReportChange, { kind: "figure" }>>;
  editor?: ReactNode;
  /** the indicator blocks as the page sends them (the live page: kept HTML, sent once); unset: written here */
  blocks?: ReactNode;
}) {
  const headingId = `section-${section.key}`;
  const n = section.narrative;
  return (
    <section aria-labelledby={headingId} className="report-section print-page rounded border border-gray-300 bg-white p-4">
      <DraftMark draft={draft} />
      <h2 id={headingId} className="text-xl font-bold">
        {section.name}
      </h2>
      <h3 className="mt-3 font-semibold">Significant changes and areas of concern</h3>
      <p className="text-sm text-gray-800">
        {n.status === "approved"
          ? `Approved with the scorecard${section.scorecard.approvedBy ? ` by ${section.scorecard.approvedBy}` : ""} on ${formatDateTime(section.scorecard.approvedAt)}.`
          : n.status === "draft"
            ? `Draft, not yet approved: it is approved with the ${section.name} scorecard.${n.updatedBy ? ` Last saved by ${n.updatedBy} on ${formatDateTime(n.updatedAt)}.` : ""}`
            : "The service's manager has not written the narrative yet: it is needed before the scorecard can be approved."}
      </p>
      {n.none ? <p className="mt-2">No narrative this month.</p> : n.body.trim() ? <p className="mt-2 whitespace-pre-wrap">{n.body}</p> : null}
      {editor}
      {blocks ?? <div className="contents" dangerouslySetInnerHTML={{ __html: indicatorBlocksHtml(section.rows, revised).value }} />}
    </section>
  );
}
