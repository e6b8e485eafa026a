"use client";
// One submitted commentary on the approvals page: the manager may edit the
// text, then "Approve" (an edit becomes a version by the manager), or
// "Return" it with a note the writer will see.
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
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
  const router = useRouter();
  const [body, setBody] = useState(item.body);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `approval-${item.indicatorId}-${item.period}`;

  async function run(action: CommentaryActionProp, input: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const result = await action({ indicatorId: item.indicatorId, period: item.period, expectedVersion: item.version, ...input });
    setBusy(false);
    if (result.ok) router.refresh();
    else
      setError(
        result.code === "conflict"
          ? "This commentary changed since the page loaded (someone else may have dealt with it). Reload the page to see it now."
          : result.message,
      );
  }

  return (
    <article aria-labelledby={`${id}-heading`} className="rounded border border-gray-300 bg-white p-4">
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
        <Button disabled={busy} onClick={() => void run(approve, body === item.body ? {} : { body })}>
          Approve
        </Button>
      </div>
      <Field id={`${id}-note`} label="Note for the writer (required to return it)" labelStyle="strong" className="mt-4">
        <Textarea className="min-h-16" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="mt-2">
        <Button variant="warning" disabled={busy} onClick={() => void run(returnIt, { note })}>
          Return
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </article>
  );
}
