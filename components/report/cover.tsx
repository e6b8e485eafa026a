// The report's cover: the authority, the month, the issue (number and date),
// who prepared and approved it and when, the months it covers, and what
// changed since the last issue (figures revised old → new with who loaded
// each and when; commentary and narratives changed; indicators added or
// retired). A draft says so.
import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import { changeText, type ReportChange } from "@/lib/report/issues";
import type { MonthlyReport } from "@/lib/report/monthly";
import { DraftMark } from "./draft-mark";

export interface CoverIssue {
  issue: number;
  issuedAt: string;
  changes: ReportChange[];
}

function ChangeItem({ change }: { change: ReportChange }) {
  return (
    <li>
      {changeText(change)}
      {change.kind === "figure" && (change.loadedBy || change.loadedAt) ? (
        <span className="text-gray-800">
          {" "}
          (loaded{change.loadedBy ? ` by ${change.loadedBy}` : ""}
          {change.file ? ` from ${change.file}` : ""}
          {change.loadedAt ? ` on ${formatDateTime(change.loadedAt)}` : ""})
        </span>
      ) : null}
    </li>
  );
}

export function Cover({
  report,
  issue,
  issues,
  superseded,
}: {
  report: MonthlyReport;
  /** the issue shown; null: a draft */
  issue: CoverIssue | null;
  /** every issue, newest first (listed with a link to each) */
  issues: { issue: number; issuedAt: string }[];
  /** shown as an earlier issue: the number of the latest */
  superseded?: number;
}) {
  const month = monthLabel(report.period);
  return (
    <section aria-labelledby="report-title" className="report-cover rounded border border-gray-300 bg-white p-4">
      <DraftMark draft={!report.approved} />
      <p className="text-lg">{report.authority}</p>
      <h1 id="report-title" className="mt-1 text-2xl font-bold">
        Monthly performance report: {month}
      </h1>
      {superseded ? (
        <p className="mt-2 font-semibold">
          This is issue {issue?.issue}, kept as it was issued. The latest is issue {superseded}: <Link href={`/reports/${report.period}`}>read the latest</Link>.
        </p>
      ) : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Authority</dt>
        <dd>{report.authority}</dd>
        <dt className="font-semibold">Month</dt>
        <dd>{month}</dd>
        <dt className="font-semibold">Issue</dt>
        <dd>{issue ? `Issue ${issue.issue}, ${formatDateTime(issue.issuedAt)}` : "Draft: not yet issued (every service's scorecard must be approved first)"}</dd>
        <dt className="font-semibold">Prepared by</dt>
        <dd>{report.preparedBy.length ? `${report.preparedBy.join(", ")} (performance team, figures loaded)` : "The performance team"}</dd>
        <dt className="font-semibold">Approved by</dt>
        <dd>
          <ul>
            {report.sections.map((s) => (
              <li key={s.key}>
                {s.name}:{" "}
                {s.scorecard.approved
                  ? `${s.scorecard.approvedBy ?? "a manager"}, ${formatDateTime(s.scorecard.approvedAt)}`
                  : "not yet approved"}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-semibold">Months covered</dt>
        <dd>
          {month}; the twelve months {report.twelveMonths}; the financial year {report.financialYear} to date
        </dd>
      </dl>
      <h2 className="mt-4 text-lg font-bold">What changed since the last issue</h2>
      {!issue ? (
        <p className="text-sm">Not issued yet.</p>
      ) : issue.issue === 1 ? (
        <p className="text-sm">This is the first issue.</p>
      ) : issue.changes.length === 0 ? (
        <p className="text-sm">Nothing in the figures or text.</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {issue.changes.map((c, i) => (
            <ChangeItem key={i} change={c} />
          ))}
        </ul>
      )}
      {issues.length > 0 ? (
        <>
          <h2 className="mt-4 text-lg font-bold">Issues of this report</h2>
          <ul className="text-sm">
            {issues.map((i) => (
              <li key={i.issue}>
                <Link href={`/reports/${report.period}/issues/${i.issue}`}>Issue {i.issue}</Link>, {formatDateTime(i.issuedAt)}
                {issue?.issue === i.issue ? " (this issue)" : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
