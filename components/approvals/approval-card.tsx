"use client";
// One submitted commentary on the approvals page: the manager may edit the
// text, then "Approve" (an edit becomes a version by the manager), or
// "Return" it with a note the writer will see. Either way the card leaves the
// list: the result is announced and focus moves to the next card (or the
// list's heading). A refusal is shown in the card, with an error summary
// linking to the field it is about (the return note).
import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, Textarea } from "@/components/ui/field";
import { nextInList } from "@/components/ui/focus";
import { useActionResult } from "@/components/ui/focus-manager";
import { signedOutNow } from "@/components/session/session-events";
import type { CommentaryActionProp } from "@/components/commentary/types";
import type { SubmittedCommentary } from "@/lib/queries/approvals";
import { formatDateTime } from "@/lib/dates";

/** A submitted commentary, with its month in words. */
type ApprovalCardData = SubmittedCommentary & { periodLabel: string };

export function ApprovalCard({
  item,
  figures,
  approve,
  returnIt,
}: {
  item: ApprovalCardData;
  /** the month's figure, change, RAG and sparkline (a server part, ../approvals/approval-figures.tsx) */
  figures?: ReactNode;
  approve: CommentaryActionProp;
  returnIt: CommentaryActionProp;
}) {
  const finish = useActionResult();
  const card = useRef<HTMLElement>(null);
  const [body, setBody] = useState(item.body);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<{ message: string; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `approval-${item.indicatorId}-${item.period}`;
  const name = `${item.code} ${item.title}, ${item.periodLabel}`;

  async function run(step: "approve" | "return", input: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    setNoteError(null);
    // where focus goes if the card leaves the list: read now, while it is still there
    const after = [...nextInList(card.current, "article").map((cardId) => `${cardId}-heading`), "waiting-heading"];
    const action = step === "approve" ? approve : returnIt;
    const result = await action({ indicatorId: item.indicatorId, period: item.period, expectedVersion: item.version, ...input }).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      finish({ message: step === "approve" ? `Approved: ${name}.` : `Returned to the writer with your note: ${name}.`, focus: after, refresh: true });
    } else if (result?.fieldErrors?.note) {
      setNoteError({ message: result.fieldErrors.note, attempt: Date.now() });
    } else {
      const ended = !result || result.code === "unauthenticated" ? await signedOutNow(result) : false;
      const message = ended
        ? "You have been signed out, so nothing was changed. Sign in again in a new tab, then try again."
        : !result
          ? "Lantern could not be reached, so nothing was changed. Try again."
          : result.code === "conflict"
            ? "This commentary changed since the page loaded (someone else may have dealt with it). Reload the page to see it now."
            : result.message;
      setError(message);
      finish({ message, focus: `${id}-error` });
    }
  }

  return (
    <article ref={card} id={id} aria-labelledby={`${id}-heading`} className="rounded border border-gray-300 bg-white p-4">
      {noteError ? (
        <ErrorSummary id={`${id}-errors`} focusKey={noteError.attempt} errors={[{ message: noteError.message, fieldId: `${id}-note` }]} />
      ) : null}
      <h3 id={`${id}-heading`} className="font-bold">
        {item.code} {item.title}: {item.periodLabel}
      </h3>
      <p className="text-sm text-gray-800">
        Submitted by {item.authorName ?? "unknown"}
        {item.submittedAt ? ` on ${formatDateTime(item.submittedAt)}` : ""}
      </p>
      {figures}
      <Field id={`${id}-body`} label="Commentary (you may edit it before approving)" labelStyle="strong" className="mt-3">
        <Textarea className="min-h-32" value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <div className="mt-2">
        <Button disabled={busy} onClick={() => void run("approve", body === item.body ? {} : { body })}>
          Approve
        </Button>
      </div>
      <Field id={`${id}-note`} label="Note for the writer (required to return it)" labelStyle="strong" className="mt-4" error={noteError?.message}>
        <Textarea className="min-h-16" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="mt-2">
        <Button variant="warning" disabled={busy} onClick={() => void run("return", { note })}>
          Return
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </article>
  );
}
