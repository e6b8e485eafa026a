import "server-only";
// The monthly report's issues (lib/report/issues.ts says what makes one).
// An issue is kept the first time the approved report is read with figures or
// text it has not been issued with, like a published paper's PDF kept on first
// request: the frozen content, what changed since the issue before (revised
// figures with who loaded them and when) and its date. Of two readers at
// once, one insert wins (the unique issue number); the other reads it back.
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { importBatches, indicatorValues, reportIssues, users } from "@/db/schema";
import { changesBetween, reportDigest, type ReportChange } from "@/lib/report/issues";
import type { MonthlyReport } from "@/lib/report/monthly";
import { requireAuthority } from "./authority";

export interface ReportIssueListed {
  issue: number;
  issuedAt: string;
  changes: ReportChange[];
  digest: string;
}

export interface ReportIssues {
  /** the issue the live report is (null while it is a draft) */
  current: ReportIssueListed | null;
  /** every issue, newest first */
  all: ReportIssueListed[];
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The month's issues, newest first. */
export async function reportIssueList({ db, period }: { db: Executor; period: string }): Promise<ReportIssueListed[]> {
  const rows = await db
    .select({ issue: reportIssues.issue, issuedAt: reportIssues.issuedAt, changes: reportIssues.changes, digest: reportIssues.digest })
    .from(reportIssues)
    .where(eq(reportIssues.period, period))
    .orderBy(desc(reportIssues.issue));
  return rows.map((r) => ({ issue: r.issue, issuedAt: iso(r.issuedAt), changes: r.changes as ReportChange[], digest: r.digest }));
}

/** Who loaded each revised figure, from which file and when (the current revision of that month). */
async function withLoaders(db: Executor, changes: ReportChange[]): Promise<ReportChange[]> {
  const figures = changes.filter((c) => c.kind === "figure");
  if (figures.length === 0) return changes;
  const rows = await db
    .select({ id: indicatorValues.indicatorId, period: indicatorValues.period, loadedAt: indicatorValues.loadedAt, loadedBy: users.name, file: importBatches.fileName })
    .from(indicatorValues)
    .leftJoin(users, eq(users.id, indicatorValues.loadedBy))
    .leftJoin(importBatches, eq(importBatches.id, indicatorValues.batchId))
    .where(
      and(
        eq(indicatorValues.isCurrent, true),
        inArray(indicatorValues.indicatorId, [...new Set(figures.map((f) => f.indicatorId))]),
        inArray(indicatorValues.period, [...new Set(figures.map((f) => f.period))]),
      ),
    );
  const by = new Map(rows.map((r) => [`${r.id}|${r.period}`, r]));
  return changes.map((c) => {
    if (c.kind !== "figure") return c;
    const found = by.get(`${c.indicatorId}|${c.period}`);
    return { ...c, loadedBy: found?.loadedBy ?? null, loadedAt: found ? iso(found.loadedAt) : null, file: found?.file ?? null };
  });
}

/** The report's issues, keeping a new one first if the approved report has changed since the last. */
export async function reportIssuesFor({ db, report, now = new Date() }: { db: Executor; report: MonthlyReport; now?: Date }): Promise<ReportIssues> {
  const all = await reportIssueList({ db, period: report.period });
  if (!report.approved) return { current: null, all };
  const digest = reportDigest(report);
  const latest = all[0];
  if (latest && latest.digest === digest) return { current: latest, all };

  let changes: ReportChange[] = [];
  let issuedAt: Date;
  if (latest) {
    const [before] = await db
      .select({ content: reportIssues.content })
      .from(reportIssues)
      .where(and(eq(reportIssues.period, report.period), eq(reportIssues.issue, latest.issue)));
    changes = await withLoaders(db, changesBetween(before.content as MonthlyReport, report));
    // dated by the newest revised figure's load where figures moved, else when it was found
    const loads = changes.flatMap((c) => (c.kind === "figure" && c.loadedAt ? [c.loadedAt] : []));
    const newest = loads.sort().at(-1);
    issuedAt = newest && newest > latest.issuedAt ? new Date(newest) : now;
  } else {
    // the first issue is dated when the last scorecard of the month was approved
    issuedAt = new Date(report.sections.map((s) => s.scorecard.approvedAt ?? "").sort().at(-1) || now);
  }
  const authority = await requireAuthority({ db });
  await db
    .insert(reportIssues)
    .values({ authorityId: authority.id, period: report.period, issue: (latest?.issue ?? 0) + 1, issuedAt, digest, content: report, changes })
    .onConflictDoNothing();
  const after = await reportIssueList({ db, period: report.period });
  return { current: after.find((i) => i.digest === digest) ?? after[0] ?? null, all: after };
}

/** One issue as it was kept: its content, changes and date (null: no such issue). */
export async function reportIssue({ db, period, issue }: { db: Executor; period: string; issue: number }): Promise<(ReportIssueListed & { content: MonthlyReport }) | null> {
  const [row] = await db
    .select()
    .from(reportIssues)
    .where(and(eq(reportIssues.period, period), eq(reportIssues.issue, issue)));
  if (!row) return null;
  return { issue: row.issue, issuedAt: iso(row.issuedAt), changes: row.changes as ReportChange[], digest: row.digest, content: row.content as MonthlyReport };
}
