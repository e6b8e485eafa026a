// The meeting record on a published paper: what it says, a form for whoever
// records the board's resolution, and "Download minutes" (a DOCX for the
// committee clerk, /snapshots/{id}/minutes).
import { Card } from "@/components/ui/card";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionForm } from "./action-form";

export interface MeetingRecordView {
  agendaItem: string;
  presenters: string[];
  present: string[];
  apologies: string[];
  pointsNoted: string;
}

type FormAction = Parameters<typeof ActionForm>[0]["action"];

export function MeetingRecord({ snapshotId, record, defaultItem, action }: { snapshotId: number; record: MeetingRecordView | null; defaultItem: string; action: FormAction | null }) {
  const lines = (names: string[]) => names.join("\n");
  return (
    <Card aria-labelledby="meeting-record">
      <h2 id="meeting-record" className="text-lg font-semibold">
        Meeting record
      </h2>
      {record ? (
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Agenda item</dt>
          <dd>{record.agendaItem}</dd>
          <dt className="font-semibold">Presented by</dt>
          <dd>{record.presenters.join("; ") || "Not recorded"}</dd>
          <dt className="font-semibold">Present</dt>
          <dd>{record.present.join("; ") || "Not recorded"}</dd>
          <dt className="font-semibold">Apologies</dt>
          <dd>{record.apologies.join("; ") || "None"}</dd>
        </dl>
      ) : (
        <p className="mt-2 text-sm">Nothing recorded yet.</p>
      )}
      <p className="mt-3">
        <a href={`/snapshots/${snapshotId}/minutes`} download>
          Download minutes<span className="sr-only"> (Word document)</span>
        </a>
      </p>
      {action ? (
        <ActionForm action={action} submitLabel="Save meeting record" className="mt-3 space-y-3">
          <input type="hidden" name="snapshotId" value={snapshotId} />
          <Field id="meeting-agenda-item" name="agendaItem" label="Agenda item">
            <Input defaultValue={record?.agendaItem ?? defaultItem} />
          </Field>
          <Field id="meeting-presenters" name="presenters" label="Presented by" hint="One person a line, with their role.">
            <Textarea size="text" rows={2} defaultValue={lines(record?.presenters ?? [])} />
          </Field>
          <Field id="meeting-present" name="present" label="Board members present" hint="One person a line.">
            <Textarea size="text" rows={3} defaultValue={lines(record?.present ?? [])} />
          </Field>
          <Field id="meeting-apologies" name="apologies" label="Apologies" hint="One person a line.">
            <Textarea size="text" rows={2} defaultValue={lines(record?.apologies ?? [])} />
          </Field>
          <Field id="meeting-points" name="pointsNoted" label="Points noted" hint="One point a line.">
            <Textarea size="text" rows={4} defaultValue={record?.pointsNoted ?? ""} />
          </Field>
        </ActionForm>
      ) : null}
    </Card>
  );
}
