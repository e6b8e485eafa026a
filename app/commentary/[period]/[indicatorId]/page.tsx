import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentaryEditor } from "@/components/commentary/commentary-editor";
import { CommentaryStatus } from "@/components/commentary-status";
import { FiguresPanel } from "@/components/commentary/figures-panel";
import { RestoreButton } from "@/components/commentary/restore-button";
import { VersionHistory } from "@/components/commentary/version-history";
import { WithdrawButton } from "@/components/commentary/withdraw-button";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { currentUser, requirePageAccess, requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { restoreCommentaryVersionAction, saveCommentaryAction, submitCommentaryAction, withdrawCommentaryAction } from "@/lib/actions/commentary/entry";
import { SeriesContext } from "@/components/commentary/series-context";
import { COMMENTARY_PROMPTS } from "@/lib/commentary/draft-template";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { commentaryResourceOf, editorData } from "@/lib/queries/commentary";
import { staleCommentaryFor } from "@/lib/queries/stale-commentary";
import { StaleFlag } from "@/components/commentary/stale-flag";
import { parseId } from "@/lib/ids";
import { formatDate, formatDay } from "@/lib/dates";

type Params = { period: string; indicatorId: string };

// Names the indicator and month, for someone who may open the page (the metadata is made before the page's own checks).
export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { period, indicatorId: rawId } = await params;
  const indicatorId = parseId(rawId);
  const user = indicatorId && isPeriod(period) ? await currentUser() : null;
  const resource = user && indicatorId ? await commentaryResourceOf({ db: await getDb(), indicatorId }) : null;
  if (!resource || !can(user, "commentary.write", resource)) return { title: "Commentary" };
  return { title: `Commentary: ${resource.code} ${resource.title}, ${monthLabel(period)}` };
}

const dateText = formatDate;

export default async function CommentaryEditorPage({ params }: { params: Promise<Params> }) {
  const { period, indicatorId: rawId } = await params;
  const indicatorId = parseId(rawId);
  if (!isPeriod(period) || !indicatorId) notFound();
  await requireUser();
  const db = await getDb();
  const resource = await commentaryResourceOf({ db, indicatorId });
  if (!resource) notFound();
  // The page is for the people who may write on this indicator (its reporters and managers).
  const user = await requirePageAccess("commentary.write", resource);
  const [data, stale] = await Promise.all([editorData({ db, user, period, indicatorId }), staleCommentaryFor({ db, period, indicatorIds: [indicatorId] })]);
  if (!data) notFound();
  const staleFlag = stale.get(indicatorId);
  const { indicator, commentary } = data;
  const due = formatDay(data.dueDate);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/commentary?period=${period}`}>My commentary</Link> <span aria-hidden="true">›</span> {indicator.code}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">
        {indicator.code} {indicator.title}: {monthLabel(period)}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <span>
          Status: <CommentaryStatus status={commentary.status} />
        </span>
        <span>Due {due}</span>
      </p>
      {staleFlag ? (
        <div className="mt-3">
          <StaleFlag code={indicator.code} indicatorId={indicatorId} period={period} numbers={staleFlag.numbers} canDismiss />
        </div>
      ) : null}
      {commentary.status === "returned" && commentary.returnNote ? (
        <Alert tone="warning" size="base" className="mt-3" role="note" aria-label="Note from the manager">
          <p className="font-semibold">Returned{commentary.reviewerName ? ` by ${commentary.reviewerName}` : ""} with this note:</p>
          <p className="mt-1 whitespace-pre-wrap">{commentary.returnNote}</p>
        </Alert>
      ) : null}
      {commentary.status === "not_needed" ? (
        <p className="mt-3 rounded bg-gray-100 p-3">No commentary is needed this month: {commentary.notNeededReason}</p>
      ) : null}
      {data.closed ? (
        <Alert tone="neutral" size="base" className="mt-3" role="note" aria-label="Month closed">
          {monthLabel(period)} is closed to commentary
          {data.closed.byName ? ` (closed by ${data.closed.byName} on ${dateText(data.closed.at)})` : ` (closed on ${dateText(data.closed.at)})`}: nothing here
          can change unless the performance team reopens the month.
        </Alert>
      ) : !data.may.edit && commentary.status !== "not_needed" ? (
        <p className="mt-3 rounded bg-gray-100 p-3 text-sm">
          {commentary.status === "submitted"
            ? data.may.withdraw
              ? "This commentary is with the manager for approval, so it cannot be edited now. Until it is approved you can withdraw it, back to a draft."
              : "This commentary is with the manager for approval, so it cannot be edited now."
            : commentary.status === "approved"
              ? "This commentary has been approved."
              : "You cannot edit this commentary."}
          {data.may.withdraw ? (
            <WithdrawButton indicatorId={indicatorId} period={period} currentVersion={commentary.version} withdraw={withdrawCommentaryAction} />
          ) : null}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <div>
          <CommentaryEditor
            indicatorId={indicatorId}
            period={period}
            label={`${indicator.code} ${indicator.title}`}
            initialBody={commentary.body}
            initialVersion={commentary.version}
            canEdit={data.may.edit}
            canSubmit={data.may.submit}
            draftParagraph={[data.draft, ...data.context].join(" ")}
            lastMonth={data.lastMonth ? { label: monthLabel(data.lastMonth.period), body: data.lastMonth.body } : null}
            prompts={COMMENTARY_PROMPTS}
            beaconUrl="/commentary/autosave"
            save={saveCommentaryAction}
            submit={submitCommentaryAction}
          />
          <VersionHistory
            versions={data.versions}
            restoreFor={
              data.may.restore
                ? (version) => (
                    <RestoreButton
                      indicatorId={indicatorId}
                      period={period}
                      fromVersion={version}
                      currentVersion={commentary.version}
                      restore={restoreCommentaryVersionAction}
                    />
                  )
                : null
            }
          />
        </div>
        <div>
          <FiguresPanel figures={{ ...data.figures, period }} />
          <SeriesContext sentences={data.context} />
          {indicator.outcome ? (
            <section aria-labelledby="outcome-heading" className="mt-4 rounded border border-gray-300 bg-white p-4 text-sm">
              <h2 id="outcome-heading" className="font-bold">
                What good looks like for children
              </h2>
              <p className="mt-1">{indicator.outcome}</p>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
