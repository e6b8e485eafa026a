// The admin console's filter bar (the people list, the audit trail): a GET
// form, so the filters live in the address and a filtered list can be
// bookmarked; each choice is a labelled select whose first option is "Any".
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Options, Select } from "@/components/ui/field";

export function FilterForm({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <form method="get" className={[className, "flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-3 text-sm"].filter(Boolean).join(" ")} aria-label={label}>
      {children}
      <Button type="submit">Filter</Button>
    </form>
  );
}

/** One filter: "Any" (the empty value) or one of `options`. */
export function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | undefined; options: readonly { value: string; label: string }[] }) {
  return (
    <Field id={id} name={name} label={label} labelStyle="strong">
      <Select size="sm" defaultValue={value ?? ""}>
        <option value="">Any</option>
        <Options options={options} />
      </Select>
    </Field>
  );
}
