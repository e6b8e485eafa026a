// What is attached to a published paper and is not part of its frozen
// content: the board's questions and their answers, and the resolution.
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/dates";
import { ACTION_STATUS_TEXT, RESOLUTION_KIND_TEXT } from "@/lib/figures/vocabulary";
import type { ThreadQuestion, ThreadResolution as ResolutionItem } from "@/lib/snapshots/types";
import { ActionStatusForm, AnswerForm, AskQuestionForm, ResolutionForm, type FormAction } from "./paper-forms";

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

function ItemLine({ item }: { item: ResolutionItem }) {
  return (
    <>
      <Badge tone={item.kind === "action" ? "orange" : item.kind === "agreed" ? "blue" : "gray"}>{RESOLUTION_KIND_TEXT[item.kind]}</Badge>{" "}
      <span className="font-semibold">{item.body}</span>
      {item.kind === "action" ? (
        <span className="block text-sm text-gray-800">
          Owner: {item.owner ?? "unknown"} · due {formatDay(item.dueDate)} · <strong>{item.status ? ACTION_STATUS_TEXT[item.status] : "n/a"}</strong>
          {item.statusUpdatedAt ? ` (updated ${formatDay(item.statusUpdatedAt.slice(0, 10))})` : ""}
        </span>
      ) : null}
    </>
  );
}

export function ResolutionSection({
  snapshotId,
  items,
  action,
  statusAction,
  mayProgress,
  owners,
}: {
  snapshotId: number;
  items: ResolutionItem[];
  /** null when the reader may not record one */
  action: FormAction | null;
  statusAction: FormAction;
  /** ids of the actions the reader may move on */
  mayProgress: Set<number>;
  owners: { id: string; name: string }[];
}) {
  return (
    <section id="resolution" aria-labelledby="resolution-h" className="space-y-3">
      <h2 id="resolution-h" className="text-xl font-semibold">The board&apos;s resolution</h2>
      {items.length === 0 ? <p>No resolution recorded yet.</p> : null}
      <ul className="space-y-2">
        {items.map((item) => (
          <Card as="li" key={item.id} padding="sm">
            <ItemLine item={item} />
            <span className="block text-xs text-gray-700">Recorded by {item.recordedBy}</span>
            {item.kind === "action" && item.status && mayProgress.has(item.id) ? (
              <ActionStatusForm action={statusAction} snapshotId={snapshotId} itemId={item.id} status={item.status} />
            ) : null}
          </Card>
        ))}
      </ul>
      {action ? <ResolutionForm action={action} snapshotId={snapshotId} owners={owners} /> : null}
    </section>
  );
}

/** The board's next paper opens with the actions from its last meeting, and where each has got to. */
export function ActionsFromLastMeeting({ actions, previousTitle, previousId }: { actions: ResolutionItem[]; previousTitle: string; previousId: number }) {
  if (actions.length === 0) return null;
  const done = actions.filter((a) => a.status === "done").length;
  return (
    <Card aria-labelledby="last-actions-h" className="space-y-2">
      <h2 id="last-actions-h" className="text-xl font-semibold">Actions from the last meeting</h2>
      <p className="text-sm text-gray-800">
        From <a href={`/snapshots/${previousId}#resolution`}>{previousTitle}</a>: {done} of {actions.length} done.
      </p>
      <ul className="space-y-2">
        {actions.map((a) => (
          <li key={a.id} className="border-t border-gray-200 pt-2">
            <ItemLine item={a} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
