// The forms on a board paper's page: publish a draft, ask and answer the
// board's questions, record its resolution, issue a correction. Each is an
// <ActionForm> over a server action the page hands in (components never
// import actions); the action's field errors show on the fields.
import { cardClass } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ActionForm, type ActionFormState } from "./action-form";

export type FormAction = (state: ActionFormState, form: FormData) => Promise<ActionFormState>;

export function PublishForm({ action, snapshotId, serviceNames }: { action: FormAction; snapshotId: number; serviceNames: string[] }) {
  return (
    <ActionForm action={action} submitLabel="Publish snapshot" pendingLabel="Publishing…">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <p className="text-sm">Covers: {serviceNames.join(", ")}.</p>
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
          {indicators.map((r) => (
            <option key={r.code} value={r.code}>
              {r.code}: {r.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="ask-body" name="body" label="Question">
        <Textarea rows={3} required />
      </Field>
    </ActionForm>
  );
}

export function ResolutionForm({ action, snapshotId }: { action: FormAction; snapshotId: number }) {
  return (
    <ActionForm action={action} submitLabel="Record resolution" resetOnSuccess className="space-y-2 print:hidden">
      <input type="hidden" name="snapshotId" value={snapshotId} />
      <Field id="resolution-body" name="body" label="Resolution">
        <Input placeholder="AGREED: that the information be noted" />
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
