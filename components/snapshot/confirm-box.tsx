"use client";
// A box to tick before a step that cannot be undone (publishing a paper): the
// box beside its words, as a checkbox is read, with the hint under them and
// the action's error for it (from the surrounding <ActionForm>) between.
import type { ReactNode } from "react";
import { useFieldError } from "@/components/ui/field";

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
      {error ? (
        <p id={`${name}-error`} className="ml-7 mt-1 text-sm font-semibold text-red-900">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
