// The forms on a board paper's page: publish a draft, ask and answer the
// board's questions, record its resolution, issue a correction. Each is an
// <ActionForm> over a server action the page hands in (components never
// import actions); the action's field errors show on the fields.
import { cardClass } from "@/components/ui/card";
import { Field, Input, Select, Textarea, Options } from "@/components/ui/field";
import { ACTION_STATUSES, ACTION_STATUS_TEXT, RESOLUTION_KINDS, RESOLUTION_KIND_TEXT, type ActionStatus } from "@/lib/figures/vocabulary";
import { ActionForm, type ActionFormState } from "./action-form";
import { ConfirmBox } from "./confirm-box";

export type FormAction = (state: ActionFormState, form: FormData) => Promise<ActionFormState>;

/**
 * Publishing asks first: the box to tick names the board, the meeting and
 * the month that will be frozen, and the server refuses without it. Where the
 * public text's checks flagged something, the publisher gives the reason it
 * is safe, which is recorded with the paper.
 */
export function PublishForm({
  action,
  snapshotId,
  serviceNames,
  board,
  meeting,
  month,
  flagCount,
  publicReleaseBlocked,
}: {
  action: FormAction;
  snapshotId: number;
  serviceNames: string[];
  board: string;
  meeting: string;
  month: string;
  /** how many things the public text's checks flagged (listed on the page), each needing a reason */
  flagCount: number;
  /** the public text names a person: only the board paper is published */
  publicReleaseBlocked: boolean;
}) {
  return (
    <ActionForm action={action} submitLabel="Publish snapshot" pendingLabel="Publishing…">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <p className="text-sm">Covers: {serviceNames.join(", ")}.</p>
      {publicReleaseBlocked ? (
        <p className="text-sm font-semibold">Only the board paper will be published: the public release is blocked while its public text names a person.</p>
      ) : null}
      {flagCount ? (
        <Field
          id="publicTextReason"
          name="publicTextReason"
          label="Why is the flagged public text safe to publish? (required: it is recorded with the paper)"
          hint={`The checks flagged ${flagCount === 1 ? "one thing" : `${flagCount} things`}, listed under "Public text" above.`}
        >
          <Textarea rows={2} />
        </Field>
      ) : null}
      <ConfirmBox
        name="confirmed"
        label={
          <>
            Publish to the <strong>{board}</strong> for the meeting of <strong>{meeting}</strong>, freezing <strong>{month}</strong>&apos;s
            figures and every word shown
          </>
        }
        hint="Board members are told. A published paper cannot be changed afterwards, only corrected."
      />
    </ActionForm>
  );
}

/**
 * The public release's own words, theme by theme: the only text the public
 * page shows. The internal highlight is there to work from, but is never
 * copied across; saving approves the text as written.
 */
export function PublicTextForm({
  action,
  snapshotId,
  themes,
}: {
  action: FormAction;
  snapshotId: number;
  themes: { theme: string; internal: string; public: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel="Save and approve public text" className="space-y-3">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      {themes.map((t, i) => (
        <div key={`${t.theme}-${i}`} className="space-y-1 rounded border border-gray-300 p-2">
          <input type="hidden" name="publicTheme" value={t.theme} />
          <Field
            id={`public-body-${i}`}
            name="publicBody"
            label={`${t.theme}: public text`}
            hint="Aggregate statements only: no names, dates of birth, case details, or numbers small enough to identify a child."
          >
            <Textarea rows={3} defaultValue={t.public} />
          </Field>
          {t.internal.trim() ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-blue-800 underline">The internal highlight (not published)</summary>
              <p className="mt-1 whitespace-pre-line text-gray-800">{t.internal}</p>
            </details>
          ) : null}
        </div>
      ))}
    </ActionForm>
  );
}
export function AnswerForm({ action, snapshotId, questionId }: { action: FormAction; snapshotId: number; questionId: number }) {
  return (
    <ActionForm action={action} submitLabel="Answer" className="mt-2 space-y-2">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <Field id={`answer-${questionId}`} name="answer" label="Your answer">
        <Textarea rows={3} required />
      </Field>
    </ActionForm>
  );
}

export function AskQuestionForm({
  action,
  snapshotId,
  indicators,
}: {
  action: FormAction;
  snapshotId: number;
  indicators: { code: string; title: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel="Ask question" resetOnSuccess className={cardClass({ padding: "sm", className: "space-y-2" })}>
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <h3 className="font-semibold">Ask about an indicator</h3>
      <Field id="ask-indicator" name="indicatorCode" label="Indicator">
        <Select required>
          <Options options={indicators.map((r) => ({ value: r.code, label: `${r.code}: ${r.title}` }))} />
        </Select>
      </Field>
      <Field id="ask-body" name="body" label="Question">
        <Textarea rows={3} required />
      </Field>
    </ActionForm>
  );
}

export function ResolutionForm({ action, snapshotId, owners }: { action: FormAction; snapshotId: number; owners: { id: string; name: string }[] }) {
  return (
    <ActionForm action={action} submitLabel="Record" resetOnSuccess className={cardClass({ padding: "sm", className: "space-y-2 print:hidden" })}>
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <h3 className="font-semibold">Record an item of the resolution</h3>
      <Field id="resolution-kind" name="kind" label="Kind">
        <Select defaultValue="agreed">
          <Options options={RESOLUTION_KINDS.map((k) => ({ value: k, label: RESOLUTION_KIND_TEXT[k] }))} />
        </Select>
      </Field>
      <Field id="resolution-body" name="body" label="Resolution">
        <Input placeholder="That the information be noted" />
      </Field>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="text-sm text-gray-800">For an action</legend>
        <Field id="resolution-owner" name="ownerId" label="Owner">
          <Select defaultValue="">
            <option value="">Choose who will do it</option>
            <Options options={owners.map((o) => ({ value: o.id, label: o.name }))} />
          </Select>
        </Field>
        <Field id="resolution-due" name="dueDate" label="Due date">
          <Input type="date" />
        </Field>
      </fieldset>
    </ActionForm>
  );
}

export function ActionStatusForm({ action, snapshotId, itemId, status }: { action: FormAction; snapshotId: number; itemId: number; status: ActionStatus }) {
  return (
    <ActionForm action={action} submitLabel="Update" className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <input type="hidden" name="itemId" value={itemId} />
      <Field id={`action-status-${itemId}`} name="status" label="Status">
        <Select size="sm" defaultValue={status}>
          <Options options={ACTION_STATUSES.map((k) => ({ value: k, label: ACTION_STATUS_TEXT[k] }))} />
        </Select>
      </Field>
    </ActionForm>
  );
}

export function CorrectionForm({ action, snapshotId }: { action: FormAction; snapshotId: number }) {
  return (
    <ActionForm action={action} submitLabel="Issue a correction" className="mt-2 space-y-2">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <Field id="correction-reason" name="reason" label="What does the correction correct? (required)">
        <Textarea rows={2} />
      </Field>
    </ActionForm>
  );
}
