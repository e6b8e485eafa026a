"use client";
// A group of checkboxes under one legend, with the group's error (from the
// surrounding action form) said in words and tied to the group.
import { FieldError, useFieldError } from "@/components/ui/field";

export interface Choice {
  value: string;
  label: string;
}

export function CheckboxGroup({
  id,
  name,
  legend,
  hint,
  choices,
  checked,
  columns = 1,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  choices: Choice[];
  checked: string[];
  columns?: 1 | 2 | 3;
}) {
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend className="text-sm font-semibold text-gray-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <div className={`mt-1 grid gap-x-4 gap-y-1 ${grid}`}>
        {choices.map((c) => (
          <label key={c.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={c.value} defaultChecked={checked.includes(c.value)} className="h-4 w-4" />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
