import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";
import { commentaryCounts, rowCommentaryState, type CommentaryCounts } from "@/lib/commentary/status";
import { listServiceAreas } from "./periods";
import type { ScorecardRow } from "./scorecard";
import { cachedScorecard, keep } from "./scorecard-cache";
import { approvalsIn } from "./scorecard-status";
import { isNewRed } from "@/lib/views/scorecard-view";

export interface ScorecardStatus {
  approved: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  /** figures for the month were loaded after the scorecard was approved */
  revisedSinceApproval: boolean;
}

export interface OverviewRow {
  id: number;
  code: string;
  title: string;
  unit: ScorecardRow["unit"];
  decimals: number;
  value: number | null;
  changeFromPreviousPct: number | null;
  changeFromPreviousPoints: number | null;
  direction: ScorecardRow["direction"];
  judgement: ScorecardRow["judgement"];
  rag: ScorecardRow["rag"];
  bandsIllustrative: boolean;
  commentaryStatus: string | null;
}

export interface ServiceSummary {
  key: string;
  name: string;
  indicators: number;
  /** indicators with a figure for the month; 0: the service has no scorecard for the month (no link to one) */
  withFigures: number;
  rag: { green: number; amber: number; red: number; none: number };
  judgement: { better: number; worse: number; same: number };
  /** counted honestly: approved, marked "no commentary needed", and still waiting */
  commentary: CommentaryCounts;
  status: ScorecardStatus;
  /** biggest relative moves this month, largest first */
  movers: { code: string; title: string; unit: ScorecardRow["unit"]; changeFromPreviousPct: number; changeFromPreviousPoints: number | null; judgement: ScorecardRow["judgement"] }[];
  /** red this month and not red last month */
  newReds: { code: string; title: string }[];
  /** every row in brief, for the printed board paper (a page per service) */
  rows: OverviewRow[];
}

/**
 * Every service area's month at a glance: one scorecard computation (five
 * queries) plus the service list, the month's scorecard approvals and the
 * newest figure load per service.
 */
export async function overviewFor({ db, period, version }: { db: Executor; period: string; version?: number }): Promise<ServiceSummary[]> {
  // kept per data version when the caller read it first (imports and approvals move it on)
  if (version !== undefined) return keep(db, version, `overview|${period}`, () => computeOverview(db, period, version));
  return computeOverview(db, period);
}

async function computeOverview(db: Executor, period: string, version?: number): Promise<ServiceSummary[]> {
  const [areas, { document: scorecard }, approvals, loads] = await Promise.all([
    listServiceAreas({ db }),
    cachedScorecard({ db, period, version }),
    approvalsIn({ db, period }),
    db
      .select({ serviceKey: indicators.serviceKey, loadedAt: max(indicatorValues.loadedAt) })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(and(eq(indicatorValues.period, period)))
      .groupBy(indicators.serviceKey),
  ]);
  const approvalBy = new Map(approvals.map((a) => [a.serviceKey, a]));
  const loadBy = new Map(loads.map((l) => [l.serviceKey, l.loadedAt]));

  return areas
    .map((area): ServiceSummary => {
      const rows = scorecard.rows.filter((r) => r.service === area.key);
      const count = (predicate: (r: ScorecardRow) => boolean) => rows.filter(predicate).length;
      const approval = approvalBy.get(area.key);
      const lastLoad = loadBy.get(area.key);
      return {
        key: area.key,
        name: area.name,
        indicators: rows.length,
        withFigures: count((r) => r.hasFigure),
        rag: {
          green: count((r) => r.rag === "green"),
          amber: count((r) => r.rag === "amber"),
          red: count((r) => r.rag === "red"),
          none: count((r) => r.rag === null),
        },
        judgement: {
          better: count((r) => r.judgement === "better"),
          worse: count((r) => r.judgement === "worse"),
          same: count((r) => r.judgement === "same"),
        },
        commentary: commentaryCounts(rows.map((r) => rowCommentaryState(r.hasFigure, r.commentary?.status))),
        status: {
          approved: approval !== undefined,
          approvedBy: approval?.approvedBy ?? null,
          approvedAt: approval ? new Date(approval.approvedAt).toISOString() : null,
          revisedSinceApproval:
            approval?.figuresLoadedAt != null && lastLoad != null && new Date(lastLoad) > new Date(approval.figuresLoadedAt),
        },
        movers: rows
          .filter((r) => r.changeFromPreviousPct !== null)
          .sort((a, b) => Math.abs(b.changeFromPreviousPct!) - Math.abs(a.changeFromPreviousPct!))
          .slice(0, 3)
          .map((r) => ({
            code: r.code,
            title: r.title,
            unit: r.unit,
            changeFromPreviousPct: r.changeFromPreviousPct!,
            changeFromPreviousPoints: r.changeFromPreviousPoints,
            judgement: r.judgement,
          })),
        newReds: rows.filter(isNewRed).map((r) => ({ code: r.code, title: r.title })),
        rows: rows.map((r) => ({
          id: r.id,
          code: r.code,
          title: r.title,
          unit: r.unit,
          decimals: r.decimals,
          value: r.value,
          changeFromPreviousPct: r.changeFromPreviousPct,
          changeFromPreviousPoints: r.changeFromPreviousPoints,
          direction: r.direction,
          judgement: r.judgement,
          rag: r.rag,
          bandsIllustrative: r.bandsIllustrative,
          commentaryStatus: rowCommentaryState(r.hasFigure, r.commentary?.status),
        })),
      };
    })
    .filter((s) => s.indicators > 0);
}
