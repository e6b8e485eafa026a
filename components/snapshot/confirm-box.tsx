"use client";
// A box to tick before a step that cannot be undone (publishing a paper): the
// box beside its words, as a checkbox is read, with the hint under them and
// the action's error for it (from the surrounding <ActionForm>) between.
import type { ReactNode } from "react";
import { FieldError, useFieldError } from "@/components/ui/field";

export function ConfirmBox({ name, label, hint }: { name: string; label: ReactNode; hint: ReactNode }) {
  const error = useFieldError(name);
  const describedBy = [`${name}-hint`, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          value="yes"
          required
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 h-5 w-5 shrink-0"
        />
        <label htmlFor={name} className="font-medium text-gray-900">
          {label}
        </label>
      </div>
      <p id={`${name}-hint`} className="ml-7 text-sm text-gray-700">
        {hint}
      </p>
      <FieldError id={`${name}-error`} message={error} className="ml-7" />
    </div>
  );
}
