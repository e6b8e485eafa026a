// What is attached to a published paper and is not part of its frozen
// content: the board's questions and their answers, and the resolution.
import { Card } from "@/components/ui/card";
import type { ThreadQuestion, ThreadResolution } from "@/lib/queries/snapshots";
import { AnswerForm, AskQuestionForm, ResolutionForm, type FormAction } from "./paper-forms";

export function QuestionsSection({
  snapshotId,
  questions,
  answerable,
  indicators,
  answerAction,
  askAction,
}: {
  snapshotId: number;
  questions: ThreadQuestion[];
  /** ids of the questions the reader may answer */
  answerable: Set<number>;
  /** the paper's indicators; null when the reader may not ask */
  indicators: { code: string; title: string }[] | null;
  answerAction: FormAction;
  askAction: FormAction;
}) {
  return (
    <section aria-labelledby="questions" className="space-y-3 print:hidden">
      <h2 id="questions" className="text-xl font-semibold">Questions from the board</h2>
      <p className="text-sm text-gray-700">Questions and answers are attached to this paper; they are not part of its frozen content.</p>
      {questions.length === 0 ? <p>No questions yet.</p> : null}
      <ul className="space-y-3">
        {questions.map((q) => (
          <Card as="li" key={q.id} padding="sm">
            <p className="text-sm text-gray-700">
              <span className="font-mono font-semibold">{q.indicatorCode}</span> · asked by {q.askedBy}
            </p>
            <p className="mt-1">{q.body}</p>
            {q.answer ? (
              <div className="mt-2 border-l-4 border-blue-800 pl-3">
                <p className="text-sm text-gray-700">Answer from {q.answeredBy}</p>
                <p>{q.answer}</p>
              </div>
            ) : answerable.has(q.id) ? (
              <AnswerForm action={answerAction} snapshotId={snapshotId} questionId={q.id} />
            ) : (
              <p className="mt-1 text-sm text-gray-700">Awaiting an answer from the indicator&apos;s owner.</p>
            )}
          </Card>
        ))}
      </ul>
      {indicators ? <AskQuestionForm action={askAction} snapshotId={snapshotId} indicators={indicators} /> : null}
    </section>
  );
}

export function ResolutionSection({
  snapshotId,
  resolutions,
  action,
}: {
  snapshotId: number;
  resolutions: ThreadResolution[];
  /** null when the reader may not record one */
  action: FormAction | null;
}) {
  return (
    <section aria-labelledby="resolution" className="space-y-2">
      <h2 id="resolution" className="text-xl font-semibold">The board&apos;s resolution</h2>
      {resolutions.length === 0 ? <p>No resolution recorded yet.</p> : null}
      {resolutions.map((r) => (
        <p key={r.id} className="rounded bg-white p-3 font-semibold">
          {r.body} <span className="block text-sm font-normal text-gray-700">Recorded by {r.recordedBy}</span>
        </p>
      ))}
      {action ? <ResolutionForm action={action} snapshotId={snapshotId} /> : null}
    </section>
  );
}
