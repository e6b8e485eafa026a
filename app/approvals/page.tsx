import { OpenMonthsNav } from "@/components/open-months-nav";
import { ApprovalCard } from "@/components/approvals/approval-card";
import { ScorecardApprovalPanel } from "@/components/approvals/scorecard-approval-panel";
import { getDb } from "@/db/client";
import { approveScorecardAction } from "@/lib/actions/approvals/entry";
import { saveNarrativeAction } from "@/lib/actions/narratives/entry";
import { ApprovalFigures } from "@/components/approvals/approval-figures";
import {
  approveCommentaryAction,
  markNoCommentaryNeededAction,
  markNoCommentaryNeededBulkAction,
  returnCommentaryAction,
} from "@/lib/actions/commentary/entry";
import { can } from "@/lib/auth/policy";
import { requestDataVersion, requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { scorecardApprovalStates, servicesWithFigures, submittedForApproval } from "@/lib/queries/approvals";
import { openPeriodChoice } from "@/lib/queries/commentary";
import { cachedScorecard } from "@/lib/queries/scorecard-cache";

import { StaleFlag } from "@/components/commentary/stale-flag";
import { staleCommentaryFor } from "@/lib/queries/stale-commentary";
export async function generateMetadata({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { period } = await searchParams;
  return { title: period && isPeriod(period) ? `Approvals: ${monthLabel(period)}` : "Approvals" };
}

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePageAccess("approvals.read");
  const db = await getDb();
  const { open, period } = await openPeriodChoice({ db, asked: (await searchParams).period });
  const [waiting, withFigures] = await Promise.all([
    submittedForApproval({ db, user }),
    period ? servicesWithFigures({ db, period }) : Promise.resolve([]),
  ]);
  const mine = withFigures.filter((serviceKey) => can(user, "scorecard.approve", { serviceKey }));
  const version = await requestDataVersion();
  const [scorecards, ...docs] = await Promise.all([
    period ? scorecardApprovalStates({ db, period, serviceKeys: mine }) : Promise.resolve([]),
    // each card shows the month's figures it approves (one kept scorecard per month)
    ...[...new Set(waiting.map((w) => w.period))].map((p) => cachedScorecard({ db, period: p, version })),
  ]);
  // commentary in the manager's services whose figure was revised after it was written (approved text too)
  const stale = period ? [...(await staleCommentaryFor({ db, period })).values()].filter((f) => can(user, "commentary.approve", { serviceKey: f.serviceKey })) : [];
  const figuresOf = (indicatorId: number, p: string) => docs.find((d) => d.document.period === p)?.document.rows.find((r) => r.id === indicatorId);

  return (
    <div>
      <h1 className="text-2xl font-bold">Approvals</h1>
      {stale.length > 0 ? (
        <section aria-labelledby="stale-heading" className="mt-4 space-y-2">
          <h2 id="stale-heading" className="text-xl font-bold">
            Stale numbers in {monthLabel(period!)}&apos;s commentary ({stale.length})
          </h2>
          {stale.map((f) => (
            <StaleFlag key={f.indicatorId} code={f.code} indicatorId={f.indicatorId} period={f.period} numbers={f.numbers} canDismiss />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="waiting-heading" className="mt-4">
        <h2 id="waiting-heading" className="text-xl font-bold">
          Commentary waiting for approval ({waiting.length})
        </h2>
        {waiting.length === 0 ? (
          <p className="mt-2">Nothing is waiting for you.</p>
        ) : (
          <div className="mt-2 space-y-4">
            {waiting.map((item) => (
              <ApprovalCard
                key={`${item.indicatorId}-${item.period}-${item.version}`}
                item={{ ...item, periodLabel: monthLabel(item.period) }}
                figures={<ApprovalFigures row={figuresOf(item.indicatorId, item.period) ?? null} period={item.period} />}
                approve={approveCommentaryAction}
                returnIt={returnCommentaryAction}
              />
            ))}
          </div>
        )}
      </section>
      {period ? (
        <section aria-labelledby="scorecards-heading" className="mt-8">
          <h2 id="scorecards-heading" className="text-xl font-bold">
            Scorecards for {monthLabel(period)}
          </h2>
          <OpenMonthsNav months={open} current={period} basePath="/approvals" />
          {scorecards.length === 0 ? (
            <p className="mt-2">No scorecard of yours has figures for this month.</p>
          ) : (
            <div className="mt-3 space-y-4">
              {scorecards.map((s) => (
                <ScorecardApprovalPanel
                  key={s.serviceKey}
                  data={{ ...s, period, periodLabel: monthLabel(period) }}
                  approveScorecard={approveScorecardAction}
                  markNotNeeded={markNoCommentaryNeededAction}
                  markNotNeededBulk={markNoCommentaryNeededBulkAction}
                  saveNarrative={saveNarrativeAction}
                />
              ))}
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
