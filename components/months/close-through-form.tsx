// Closing many months at once: after a load of years of history, every one
// of its months is open for commentary.
import { ActionForm, type ActionFormState } from "@/components/snapshot/action-form";
import { Card } from "@/components/ui/card";
import { Field, Select, Options } from "@/components/ui/field";
import { monthLabel } from "@/lib/format";

export function CloseThroughForm({
  openPeriods,
  action,
}: {
  /** the open months, newest first */
  openPeriods: string[];
  action: (state: ActionFormState, form: FormData) => Promise<ActionFormState>;
}) {
  return (
    <Card aria-labelledby="close-through-heading" className="max-w-xl">
      <h2 id="close-through-heading" className="text-lg font-semibold">
        Close several months
      </h2>
      <ActionForm action={action} submitLabel="Close these months" className="mt-2 space-y-3">
        <Field
          id="close-through"
          name="through"
          label="Close every open month up to and including"
          hint="For example the months of history a first load opened. Later months stay open."
        >
          <Select defaultValue={openPeriods[1]}>
            <Options options={openPeriods.map((period) => ({ value: period, label: monthLabel(period) }))} />
          </Select>
        </Field>
      </ActionForm>
    </Card>
  );
}
