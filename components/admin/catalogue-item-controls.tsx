// Rename and move one item of an ordered catalogue (a breakdown dimension or
// category, a cohort outcome): one form to rename, one button each way.
import { ActionForm } from "@/components/snapshot/action-form";
import { Field, Input } from "@/components/ui/field";
type FormAction = Parameters<typeof ActionForm>[0]["action"];

export function CatalogueItemControls({
  kind,
  id,
  label,
  first,
  last,
  rename,
  move,
}: {
  kind: string;
  id: number;
  label: string;
  first: boolean;
  last: boolean;
  rename: FormAction;
  move: FormAction;
}) {
  return (
    <>
      <ActionForm action={rename} submitLabel={`Rename ${label}`} className="mt-2 space-y-2">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <Field id={`${kind}-label-${id}`} name="label" label="Name">
          <Input defaultValue={label} />
        </Field>
      </ActionForm>
      <div className="mt-2 flex flex-wrap gap-2">
        {(["up", "down"] as const)
          .filter((d) => (d === "up" ? !first : !last))
          .map((direction) => (
            <ActionForm key={direction} action={move} submitLabel={`Move ${label} ${direction}`}>
              <input type="hidden" name="kind" value={kind} />
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="direction" value={direction} />
            </ActionForm>
          ))}
      </div>
    </>
  );
}
