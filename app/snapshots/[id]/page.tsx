import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { QuestionsSection, ResolutionSection } from "@/components/snapshot/board-thread";
import { ChangesPanel } from "@/components/snapshot/changes-panel";
import { FrozenTable, tableRows } from "@/components/snapshot/frozen-table";
import { CorrectionForm, PublishForm } from "@/components/snapshot/paper-forms";
import { PdfDownload } from "@/components/snapshot/pdf-download";
import { RichText } from "@/components/snapshot/rich-text";
import { VoiceChart } from "@/components/snapshot/voice-chart";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import {
  answerQuestionAction,
  askQuestionAction,
  publishSnapshotAction,
  recordResolutionAction,
  startCorrectionAction,
} from "@/lib/actions/snapshots/entry";
import { can } from "@/lib/auth/policy";
import { currentUser, requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { parseMarkup } from "@/lib/snapshots/markup";
import { withPreviewRows } from "@/lib/snapshots/preview";
import { keptTable } from "@/lib/snapshots/table-cache";
import { changesBetween, featuredRows, sectionsFor } from "@/lib/snapshots/view";
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

export default async function SnapshotPage({ params }: { params: Promise<Params> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const user = await requireUser();
  const db = await getDb();
  const stored = await snapshotContent({ db, id });
  if (!stored) notFound();
  if (!canReadSnapshot(user, stored)) forbidden();
  // A draft has no frozen rows yet: staff see the rows publishing would freeze now.
  const [content, thread] = await Promise.all([withPreviewRows({ db, content: stored }), snapshotThread({ db, id })]);
  const previous = thread.previousId ? await snapshotContent({ db, id: thread.previousId }) : null;
  const isDraft = content.status === "draft";
  const mayPublish = can(user, "snapshot.publish", { boardId: content.boardId, serviceKeys: content.services.map((s) => s.key) });
  const mayAsk = !isDraft && can(user, "question.ask", { boardId: content.boardId });
  const keep = (part: string) => (isDraft ? undefined : keptTable({ db, snapshotId: id, part }));
  const featured = featuredRows(content);
  const serviceOf = new Map(content.rows.map((r) => [r.code, r.serviceKey]));
  const answerable = new Set(
    thread.questions.filter((q) => can(user, "question.answer", { serviceKey: serviceOf.get(q.indicatorCode ?? "") })).map((q) => q.id),
  );

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={can(user, "scorecard.read") ? "/snapshots" : "/board"}>Board papers</Link> <span aria-hidden="true">›</span> {content.title}
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{content.title}</h1>
        <p className="mt-1 text-gray-800">
          {content.board} · meeting {formatDay(content.meetingDate)} · figures for {monthLabel(content.period)} · {content.authority}
        </p>
        {content.publishedAt ? (
          <p className="text-sm text-gray-700">
            Published on {formatDateTime(content.publishedAt)} by{" "}
            {content.publishedBy ?? "unknown"}
            {content.version > 1 ? ` · version ${content.version}` : ""}
          </p>
        ) : null}
        {content.supersedesId ? (
          <Alert as="p" tone="info" compact className="mt-2">
            This is a correction of <Link href={`/snapshots/${content.supersedesId}`}>an earlier version</Link>: {content.correctionReason}
          </Alert>
        ) : null}
        {thread.supersededBy ? (
          <Alert as="p" role="note" tone="warning" compact size="base" className="mt-2 font-semibold">
            Superseded by <Link href={`/snapshots/${thread.supersededBy}`}>a corrected version</Link>. This version stays readable as it was published.
          </Alert>
        ) : null}
        {isDraft ? (
          <Alert as="p" role="note" tone="neutral" compact size="base" className="mt-2">
            Draft: not visible to board members until it is published. Publishing freezes every figure and word shown below.
          </Alert>
        ) : null}
      </header>

      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/snapshots/${id}/print`}>Print view (A4 board paper)</Link>
        {!isDraft ? (
          <PdfDownload href={`/snapshots/${id}/pdf`} fileName={`lantern-snapshot-${id}.pdf`} printHref={`/snapshots/${id}/print`} />
        ) : null}
        {!isDraft && content.publicRelease ? <Link href={`/public/${id}`}>Public release</Link> : null}
      </div>

      {isDraft && mayPublish ? (
        <Card aria-labelledby="publish" className="print:hidden">
          <h2 id="publish" className="text-lg font-semibold">Publish</h2>
          <PublishForm action={publishSnapshotAction} snapshotId={id} serviceNames={content.services.map((s) => s.name)} />
        </Card>
      ) : null}

      {content.highlights.length ? (
        <section aria-labelledby="highlights" className="space-y-4">
          <h2 id="highlights" className="text-xl font-semibold">Highlights</h2>
          {content.highlights.map((h) => (
            <Card key={h.theme} aria-label={h.theme}>
              <h3 className="mb-2 text-lg font-semibold">{h.theme}</h3>
              <RichText blocks={parseMarkup(h.body)} />
            </Card>
          ))}
        </section>
      ) : null}

      {content.childrensVoice.quotes.length || content.childrensVoice.survey.length ? (
        <Card aria-labelledby="voice" className="space-y-3">
          <h2 id="voice" className="text-xl font-semibold">What our children tell us</h2>
          {content.childrensVoice.quotes.map((q, i) => (
            <blockquote key={i} className="border-l-4 border-gray-400 pl-3 italic">“{q}”</blockquote>
          ))}
          <VoiceChart survey={content.childrensVoice.survey} caption="Survey answers" />
        </Card>
      ) : null}

      {previous ? (
        <ChangesPanel changes={changesBetween(previous, content)} previousTitle={previous.title} previousHref={`/snapshots/${previous.id}`} />
      ) : null}

      {featured.length ? (
        <section aria-labelledby="featured" className="space-y-2">
          <h2 id="featured" className="text-xl font-semibold">Featured indicators</h2>
          <FrozenTable caption="Featured indicators" rows={tableRows(featured)} keep={keep("featured")} />
        </section>
      ) : null}

      {isDraft ? <h2 className="text-xl font-semibold">Preview of the figures to be frozen</h2> : null}
      {sectionsFor(content).map((section) => (
        <section key={section.key} aria-labelledby={`svc-${section.key}`} className="space-y-2">
          {isDraft ? (
            <h3 id={`svc-${section.key}`} className="text-lg font-semibold">{section.name}</h3>
          ) : (
            <h2 id={`svc-${section.key}`} className="text-xl font-semibold">{section.name}</h2>
          )}
          <FrozenTable caption={`${section.name}: ${monthLabel(content.period)}`} rows={tableRows(section.rows)} keep={keep(section.key)} />
        </section>
      ))}

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

      {!isDraft ? <ResolutionSection snapshotId={id} resolutions={thread.resolutions} action={mayPublish ? recordResolutionAction : null} /> : null}

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
