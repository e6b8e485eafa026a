import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ActionForm } from "@/components/snapshot/action-form";
import { ChangesPanel } from "@/components/snapshot/changes-panel";
import { FrozenTable, spcTextFor } from "@/components/snapshot/frozen-table";
import { PdfDownload } from "@/components/snapshot/pdf-download";
import { RichText } from "@/components/snapshot/rich-text";
import { VoiceChart } from "@/components/snapshot/voice-chart";
import { getDb } from "@/db/client";
import {
  answerQuestionAction,
  askQuestionAction,
  publishSnapshotAction,
  recordResolutionAction,
  startCorrectionAction,
} from "@/lib/actions/snapshot-entry";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { scorecardFor } from "@/lib/queries/scorecard";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { parseMarkup } from "@/lib/snapshots/markup";
import { changesBetween, featuredRows, sectionsFor, type ReadableRow } from "@/lib/snapshots/view";

type Params = { id: string };

const tableRows = (rows: ReadableRow[]) => rows.map((r) => ({ ...r, spcText: spcTextFor(r.spcKind, r.spcVariation) }));

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const id = Number((await params).id);
  const content = Number.isInteger(id) ? await snapshotContent({ db: await getDb(), id }) : null;
  return { title: content?.title ?? "Board paper" };
}

export default async function SnapshotPage({ params }: { params: Promise<Params> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const user = await requireUser();
  const db = await getDb();
  const content = await snapshotContent({ db, id });
  if (!content) notFound();
  if (!canReadSnapshot(user, content)) forbidden();
  const thread = await snapshotThread({ db, id });
  const previous = thread.previousId ? await snapshotContent({ db, id: thread.previousId }) : null;
  const isDraft = content.status === "draft";
  const mayPublish = can(user, "snapshot.publish", { boardId: content.boardId });
  const mayAsk = !isDraft && can(user, "question.ask", { boardId: content.boardId });
  const sections = sectionsFor(content);
  const featured = featuredRows(content);
  // A draft has no frozen rows yet: staff see the live figures it will freeze.
  const preview = isDraft
    ? (await scorecardFor({ db, period: content.period })).rows.filter((r) => content.services.some((s) => s.key === r.service))
    : [];

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href={can(user, "scorecard.read") ? "/snapshots" : "/board"}>Board papers</Link> <span aria-hidden="true">›</span> {content.title}
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{content.title}</h1>
        <p className="mt-1 text-gray-800">
          {content.board} · meeting {content.meetingDate} · figures for {monthLabel(content.period)} · {content.authority}
        </p>
        {content.publishedAt ? (
          <p className="text-sm text-gray-700">
            Published on {new Date(content.publishedAt).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" })} by{" "}
            {content.publishedBy ?? "unknown"}
            {content.version > 1 ? ` · version ${content.version}` : ""}
          </p>
        ) : null}
        {content.supersedesId ? (
          <p className="mt-2 rounded border-l-4 border-blue-800 bg-blue-50 p-2 text-sm">
            This is a correction of <Link href={`/snapshots/${content.supersedesId}`}>an earlier version</Link>: {content.correctionReason}
          </p>
        ) : null}
        {thread.supersededBy ? (
          <p role="note" className="mt-2 rounded border-l-4 border-orange-700 bg-orange-50 p-2 font-semibold">
            Superseded by <Link href={`/snapshots/${thread.supersededBy}`}>a corrected version</Link>. This version stays readable as it was published.
          </p>
        ) : null}
        {isDraft ? (
          <p role="note" className="mt-2 rounded border-l-4 border-gray-700 bg-gray-100 p-2">
            Draft: not visible to board members until it is published. Publishing freezes every figure and word shown below.
          </p>
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
        <section aria-labelledby="publish" className="rounded border border-gray-200 bg-white p-4 print:hidden">
          <h2 id="publish" className="text-lg font-semibold">Publish</h2>
          <ActionForm action={publishSnapshotAction} submitLabel="Publish snapshot" pendingLabel="Publishing…">
            <input type="hidden" name="snapshotId" value={id} />
            <p className="text-sm">Covers: {content.services.map((s) => s.name).join(", ")}.</p>
          </ActionForm>
        </section>
      ) : null}

      {content.highlights.length ? (
        <section aria-labelledby="highlights" className="space-y-4">
          <h2 id="highlights" className="text-xl font-semibold">Highlights</h2>
          {content.highlights.map((h) => (
            <section key={h.theme} aria-label={h.theme} className="rounded border border-gray-200 bg-white p-4">
              <h3 className="mb-2 text-lg font-semibold">{h.theme}</h3>
              <RichText blocks={parseMarkup(h.body)} />
            </section>
          ))}
        </section>
      ) : null}

      {content.childrensVoice.quotes.length || content.childrensVoice.survey.length ? (
        <section aria-labelledby="voice" className="space-y-3 rounded border border-gray-200 bg-white p-4">
          <h2 id="voice" className="text-xl font-semibold">What our children tell us</h2>
          {content.childrensVoice.quotes.map((q, i) => (
            <blockquote key={i} className="border-l-4 border-gray-400 pl-3 italic">“{q}”</blockquote>
          ))}
          <VoiceChart survey={content.childrensVoice.survey} caption="Survey answers" />
        </section>
      ) : null}

      {previous ? (
        <ChangesPanel changes={changesBetween(previous, content)} previousTitle={previous.title} previousHref={`/snapshots/${previous.id}`} />
      ) : null}

      {featured.length ? (
        <section aria-labelledby="featured" className="space-y-2">
          <h2 id="featured" className="text-xl font-semibold">Featured indicators</h2>
          <FrozenTable caption="Featured indicators" rows={tableRows(featured)} cacheKey={`${id}:featured`} />
        </section>
      ) : null}

      {isDraft ? (
        <section aria-labelledby="preview" className="space-y-2">
          <h2 id="preview" className="text-xl font-semibold">Preview of the figures to be frozen</h2>
          <FrozenTable
            caption="Preview"
            rows={preview.map((r) => ({
              code: r.code,
              title: r.title,
              unit: r.unit,
              decimals: r.decimals,
              featured: content.featuredCodes.includes(r.code),
              value: r.value,
              previous: r.previous,
              changeFromPreviousPct: r.changeFromPreviousPct,
              direction: r.direction,
              judgement: r.judgement,
              rag: r.rag,
              bandsIllustrative: r.bandsIllustrative,
              target: r.target,
              snAverage: r.benchmarks.sn_average ?? null,
              england: r.benchmarks.england ?? null,
              spcText: spcTextFor(r.spc.kind, r.spc.variation),
              commentary: r.commentary?.status === "approved" ? r.commentary.body : null,
            }))}
          />
        </section>
      ) : (
        sections.map((section) => (
          <section key={section.key} aria-labelledby={`svc-${section.key}`} className="space-y-2">
            <h2 id={`svc-${section.key}`} className="text-xl font-semibold">{section.name}</h2>
            <FrozenTable
              caption={`${section.name}: ${monthLabel(content.period)}`}
              rows={tableRows(section.rows)}
              cacheKey={`${id}:${section.key}`}
            />
          </section>
        ))
      )}

      {!isDraft ? (
        <section aria-labelledby="questions" className="space-y-3 print:hidden">
          <h2 id="questions" className="text-xl font-semibold">Questions from the board</h2>
          <p className="text-sm text-gray-700">Questions and answers are attached to this paper; they are not part of its frozen content.</p>
          {thread.questions.length === 0 ? <p>No questions yet.</p> : null}
          <ul className="space-y-3">
            {thread.questions.map((q) => {
              const row = content.rows.find((r) => r.code === q.indicatorCode);
              const mayAnswer = can(user, "question.answer", { serviceKey: row?.serviceKey });
              return (
                <li key={q.id} className="rounded border border-gray-200 bg-white p-3">
                  <p className="text-sm text-gray-700">
                    <span className="font-mono font-semibold">{q.indicatorCode}</span> · asked by {q.askedBy}
                  </p>
                  <p className="mt-1">{q.body}</p>
                  {q.answer ? (
                    <div className="mt-2 border-l-4 border-blue-800 pl-3">
                      <p className="text-sm text-gray-700">Answer from {q.answeredBy}</p>
                      <p>{q.answer}</p>
                    </div>
                  ) : mayAnswer ? (
                    <ActionForm action={answerQuestionAction} submitLabel="Answer" className="mt-2 space-y-2">
                      <input type="hidden" name="questionId" value={q.id} />
                      <input type="hidden" name="snapshotId" value={id} />
                      <label htmlFor={`answer-${q.id}`} className="block text-sm font-medium">Your answer</label>
                      <textarea id={`answer-${q.id}`} name="answer" rows={3} required className="block w-full rounded border border-gray-500 p-2" />
                    </ActionForm>
                  ) : (
                    <p className="mt-1 text-sm text-gray-700">Awaiting an answer from the indicator&apos;s owner.</p>
                  )}
                </li>
              );
            })}
          </ul>
          {mayAsk ? (
            <ActionForm action={askQuestionAction} submitLabel="Ask question" resetOnSuccess className="space-y-2 rounded border border-gray-200 bg-white p-3">
              <input type="hidden" name="snapshotId" value={id} />
              <h3 className="font-semibold">Ask about an indicator</h3>
              <label htmlFor="ask-indicator" className="block text-sm font-medium">Indicator</label>
              <select id="ask-indicator" name="indicatorCode" required className="block w-full rounded border border-gray-500 p-2">
                {content.rows.map((r) => (
                  <option key={r.code} value={r.code}>{r.code}: {r.title}</option>
                ))}
              </select>
              <label htmlFor="ask-body" className="block text-sm font-medium">Question</label>
              <textarea id="ask-body" name="body" rows={3} required className="block w-full rounded border border-gray-500 p-2" />
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {!isDraft ? (
        <section aria-labelledby="resolution" className="space-y-2">
          <h2 id="resolution" className="text-xl font-semibold">The board&apos;s resolution</h2>
          {thread.resolutions.length === 0 ? <p>No resolution recorded yet.</p> : null}
          {thread.resolutions.map((r) => (
            <p key={r.id} className="rounded bg-white p-3 font-semibold">
              {r.body} <span className="block text-sm font-normal text-gray-700">Recorded by {r.recordedBy}</span>
            </p>
          ))}
          {mayPublish ? (
            <ActionForm action={recordResolutionAction} submitLabel="Record resolution" resetOnSuccess className="space-y-2 print:hidden">
              <input type="hidden" name="snapshotId" value={id} />
              <label htmlFor="resolution-body" className="block text-sm font-medium">Resolution</label>
              <input id="resolution-body" name="body" placeholder="AGREED: that the information be noted" className="block w-full rounded border border-gray-500 p-2" />
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {!isDraft && mayPublish && !thread.supersededBy ? (
        <section aria-labelledby="correction" className="rounded border border-gray-200 bg-white p-4 print:hidden">
          <h2 id="correction" className="text-lg font-semibold">Issue a correction</h2>
          <p className="text-sm text-gray-700">Makes a new draft version to correct and publish. This version stays readable and will say it was superseded.</p>
          <ActionForm action={startCorrectionAction} submitLabel="Issue a correction" className="mt-2 space-y-2">
            <input type="hidden" name="snapshotId" value={id} />
            <label htmlFor="correction-reason" className="block text-sm font-medium">What does the correction correct? (required)</label>
            <textarea id="correction-reason" name="reason" rows={2} className="block w-full rounded border border-gray-500 p-2" />
          </ActionForm>
        </section>
      ) : null}
    </article>
  );
}
