// A service section's page of the monthly report: its narrative
// ("significant changes and areas of concern", approved with the scorecard)
// and each indicator's definition. Printed on a page of its own.
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/dates";
import type { ReportSection } from "@/lib/report/monthly";

export function SectionPage({ section, monthText, editor }: { section: ReportSection; monthText: string; editor?: ReactNode }) {
  const headingId = `section-${section.key}`;
  const n = section.narrative;
  return (
    <section aria-labelledby={headingId} className="print-page rounded border border-gray-300 bg-white p-4">
      <h2 id={headingId} className="text-xl font-bold">
        {section.name}: {monthText}
      </h2>
      <h3 className="mt-3 font-semibold">Significant changes and areas of concern</h3>
      <p className="text-sm text-gray-800">
        {n.status === "approved"
          ? `Approved with the scorecard${section.scorecard.approvedBy ? ` by ${section.scorecard.approvedBy}` : ""} on ${formatDateTime(section.scorecard.approvedAt)}.`
          : n.status === "draft"
            ? `Draft, not yet approved: it is approved with the ${section.name} scorecard.${n.updatedBy ? ` Last saved by ${n.updatedBy} on ${formatDateTime(n.updatedAt)}.` : ""}`
            : "The service's manager has not written the narrative yet."}
      </p>
      {n.body.trim() ? <p className="mt-2 whitespace-pre-wrap">{n.body}</p> : null}
      {editor}
      <h3 className="mt-4 font-semibold">The indicators and how they are counted</h3>
      <dl className="mt-1 space-y-2 text-sm">
        {section.rows.map((r) => (
          <div key={r.id}>
            <dt className="font-semibold">
              {r.no}. <span className="font-mono">{r.code}</span> {r.title}
            </dt>
            <dd>{r.definition ?? "No definition recorded."}</dd>
            {r.outcome ? <dd className="text-gray-800">What good looks like: {r.outcome}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
