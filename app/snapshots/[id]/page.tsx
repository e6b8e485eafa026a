import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ActionsFromLastMeeting, QuestionsSection, ResolutionSection } from "@/components/snapshot/board-thread";
import { CorrectionForm, PublicTextForm, PublishForm } from "@/components/snapshot/paper-forms";
import { PdfDownload } from "@/components/snapshot/pdf-download";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import {
  answerQuestionAction,
  askQuestionAction,
  publishSnapshotAction,
  recordResolutionAction,
  saveMeetingRecordAction,
  savePublicTextAction,
  startCorrectionAction,
  updateActionStatusAction,
} from "@/lib/actions/snapshots/entry";
import { publicTextFindings } from "@/lib/actions/snapshots/public-text";
import { can } from "@/lib/auth/policy";
import { currentUser, requestDataVersion, requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { actionOwnerChoices, actionsOf } from "@/lib/queries/board-actions";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { pdfFileName } from "@/lib/snapshots/paper-view";
import { blockingFindings, describeFindings } from "@/lib/snapshots/public-text";
import { inAppRequest } from "@/lib/html/in-app-request";
import { putKeptHtml, slotName } from "@/lib/html/kept-html";
import { KeptHtml } from "@/components/ui/kept-html";
import { internalPaperHtml, internalPaperRender } from "../paper-renders";
import { MeetingRecord } from "@/components/snapshot/meeting-record";
import { meetingRecordOf } from "@/lib/queries/minutes";
import { keep } from "@/lib/queries/scorecard-cache";
import { formatDateTime, formatDay } from "@/lib/dates";

type Params = { id: string };

// The title is the paper's own only for someone who may read the paper: the
// metadata is rendered before the page's own checks, so it asks first.
export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const id = parseId((await params).id);
  const user = id ? await currentUser() : null;
  const content = id && user ? await snapshotContent({ db: await getDb(), id }) : null;
  return { title: content && canReadSnapshot(user, content) ? content.title : "Board paper" };
}

export default async function SnapshotPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ public?: string }> }) {
  const id = parseId((await params).id);
  // publishing says so when it withheld the public release (the text named a person)
  const withheld = (await searchParams).public === "withheld";
  if (!id) notFound();
  const user = await requireUser();
  const db = await getDb();
  const stored = await snapshotContent({ db, id });
  if (!stored) notFound();
  if (!canReadSnapshot(user, stored)) forbidden();
  // The board's side of the paper (questions, answers, resolutions, actions, the meeting's record) changes
  // only by actions, each of which moves the data version on: read once per version, not at every reading.
  const version = await requestDataVersion();
  const thread = await keep(db, version, `paper-thread|${id}`, () => snapshotThread({ db, id }));
  const isDraft = stored.status === "draft";
  const serviceKeys = stored.services.map((s) => s.key);
  const mayPublish = can(user, "snapshot.publish", { boardId: stored.boardId, serviceKeys });
  // A draft's rows are those publishing would freeze now, rendered exactly as the published paper will be.
  const items = isDraft ? [] : thread.resolutions;
  const [loaded, lastActions, owners, flags, meetingRecord] = await Promise.all([
    loadPaper({ db, stored, previousId: thread.previousId, audience: "internal" }),
    thread.previousId ? keep(db, version, `paper-actions|${thread.previousId}`, () => actionsOf({ db, snapshotId: thread.previousId! })) : Promise.resolve([]),
    !isDraft && mayPublish ? actionOwnerChoices({ db }) : Promise.resolve([]),
    isDraft && mayPublish && stored.publicRelease ? publicTextFindings(db, stored) : Promise.resolve([]),
    isDraft ? Promise.resolve(null) : keep(db, version, `paper-meeting|${id}`, () => meetingRecordOf({ db, snapshotId: id })),
  ]);
  const { content, view } = loaded;
  // A published paper's body is rendered once and stored with it; a draft's is rendered for each reading.
  const body = isDraft ? internalPaperHtml(loaded) : (await internalPaperRender({ db, loaded })).html;
  const blocking = blockingFindings(flags);
  const numbers = flags.filter((f) => !blocking.includes(f));
  const mayAsk = !isDraft && can(user, "question.ask", { boardId: content.boardId });
  const slot = isDraft ? undefined : slotName(db, "paper", id, loaded.key);
  if (slot) putKeptHtml(slot, body);
  const inline = await inAppRequest();
  const serviceOf = new Map(content.rows.map((r) => [r.code, r.serviceKey]));
  const answerable = new Set(
    thread.questions.filter((q) => can(user, "question.answer", { serviceKey: serviceOf.get(q.indicatorCode ?? "") })).map((q) => q.id),
  );
  const mayProgress = new Set(items.filter((i) => can(user, "action.progress", { ownerId: i.ownerId, serviceKeys })).map((i) => i.id));
  const meeting = formatDay(content.meetingDate);
  const month = monthLabel(content.period);

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={can(user, "scorecard.read") ? "/snapshots" : "/board"}>Board papers</Link> <span aria-hidden="true">›</span> {content.title}
      </nav>
      <header>
        {isDraft ? (
          <p role="note" className="mb-2 inline-block rounded border-2 border-gray-900 bg-yellow-100 px-3 py-1 text-lg font-bold">
            Draft — not published
          </p>
        ) : null}
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{content.title}</h1>
        <p className="mt-1 text-gray-800">
          {content.board} · meeting {meeting} · figures for {month} · {content.authority}
        </p>
        {content.publishedAt ? (
          <p className="text-sm text-gray-700">
            Published on {formatDateTime(content.publishedAt)} by {content.publishedBy ?? "unknown"}
            {content.version > 1 ? ` · version ${content.version}` : ""}
          </p>
        ) : null}
        {content.supersedesId ? (
          <Alert as="p" tone="info" compact className="mt-2">
            This is a correction of <Link href={`/snapshots/${content.supersedesId}`}>an earlier version</Link>: {content.correctionReason}
          </Alert>
        ) : null}
        {withheld && !isDraft && !content.publicRelease ? (
          <Alert as="p" role="note" tone="warning" compact size="base" className="mt-2">
            Published to the board. The public release was not published: its public text named a person. Start a correction and rewrite the
            public text to release it.
          </Alert>
        ) : null}
        {thread.supersededBy ? (
          <Alert as="p" role="note" tone="warning" compact size="base" className="mt-2 font-semibold">
            Superseded by <Link href={`/snapshots/${thread.supersededBy}`}>a corrected version</Link>. This version stays readable as it was published.
          </Alert>
        ) : null}
        {isDraft ? (
          <Alert as="p" role="note" tone="neutral" compact size="base" className="mt-2">
            Not visible to board members until it is published. What follows is the paper exactly as publishing it now would freeze it.
          </Alert>
        ) : null}
      </header>

      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/snapshots/${id}/print`}>Print view (A4 board paper)</Link>
        {!isDraft ? (
          <PdfDownload href={`/snapshots/${id}/pdf`} fileName={pdfFileName({ board: content.board, period: content.period, audience: "internal" })} printHref={`/snapshots/${id}/print`} />
        ) : null}
        {!isDraft && content.publicRelease ? (
          // a page served as a file, outside the app: a plain link, never prefetched
          <a href={`/public/${id}`}>Public release</a>
        ) : null}
      </div>

      {isDraft && mayPublish && content.publicRelease ? (
        <Card aria-labelledby="public-text" className="space-y-2 print:hidden">
          <h2 id="public-text" className="text-lg font-semibold">Public text</h2>
          <p className="text-sm text-gray-800">
            The public release shows the suppressed figures and only the words written or approved here: no commentary, highlights or
            quotes. {content.publicTextApprovedBy ? `Last approved by ${content.publicTextApprovedBy}.` : "Not written yet."}
          </p>
          {blocking.length ? (
            <Alert tone="error" role="note">
              Blocks the public release (no reason can publish it): {describeFindings(blocking)}. Rewrite it; publishing now publishes the
              board paper only.
            </Alert>
          ) : null}
          {numbers.length ? (
            <Alert tone="warning" role="note">
              Flagged by the checks, each needing a rewrite or a reason when publishing: {describeFindings(numbers)}.
            </Alert>
          ) : null}
          <PublicTextForm
            action={savePublicTextAction}
            snapshotId={id}
            themes={content.highlights.map((h) => ({
              theme: h.theme,
              internal: h.body,
              public: content.publicHighlights.find((p) => p.theme === h.theme)?.body ?? "",
            }))}
          />
        </Card>
      ) : null}

      {isDraft && mayPublish ? (
        <Card aria-labelledby="publish" className="print:hidden">
          <h2 id="publish" className="text-lg font-semibold">Publish</h2>
          <PublishForm
            action={publishSnapshotAction}
            snapshotId={id}
            serviceNames={content.services.map((s) => s.name)}
            board={content.board}
            meeting={meeting}
            month={month}
            flagCount={blocking.length ? 0 : numbers.length}
            publicReleaseBlocked={content.publicRelease && blocking.length > 0}
          />
        </Card>
      ) : null}

      {lastActions.length && thread.previousId ? (
        <ActionsFromLastMeeting actions={lastActions} previousId={thread.previousId} previousTitle={view.changes?.previousTitle ?? "the last paper"} />
      ) : null}

      {slot ? <KeptHtml slot={slot} html={inline ? body : undefined} /> : <div dangerouslySetInnerHTML={{ __html: body }} />}

      {!isDraft ? (
        <QuestionsSection
          snapshotId={id}
          questions={thread.questions}
          answerable={answerable}
          indicators={mayAsk ? content.rows.map((r) => ({ code: r.code, title: r.title })) : null}
          answerAction={answerQuestionAction}
          askAction={askQuestionAction}
        />
      ) : null}

      {!isDraft ? <MeetingRecord snapshotId={id} record={meetingRecord} defaultItem={stored.title} action={mayPublish ? saveMeetingRecordAction : null} /> : null}

      {!isDraft ? (
        <ResolutionSection
          snapshotId={id}
          items={items}
          action={mayPublish ? recordResolutionAction : null}
          statusAction={updateActionStatusAction}
          mayProgress={mayProgress}
          owners={owners}
        />
      ) : null}

      {!isDraft && mayPublish && !thread.supersededBy ? (
        <Card aria-labelledby="correction" className="print:hidden">
          <h2 id="correction" className="text-lg font-semibold">Issue a correction</h2>
          <p className="text-sm text-gray-700">Makes a new draft version to correct and publish. This version stays readable and will say it was superseded.</p>
          <CorrectionForm action={startCorrectionAction} snapshotId={id} />
        </Card>
      ) : null}
    </article>
  );
}
