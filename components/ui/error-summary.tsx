"use client";
// The error summary at the top of a form (the GOV.UK pattern, WCAG 3.3.1):
// "There is a problem", then each error as a link to its field. When it
// appears, focus moves to it and its errors are written to the live region;
// following a link focuses the field (whose own message is tied to it by
// aria-describedby, and which says aria-invalid: ./field.tsx).
import { useEffect, useRef } from "react";
import { announce, moveFocus } from "./focus";

export interface SummaryError {
  message: string;
  /** the field's id; or else its name, found in the same form */
  fieldId?: string;
  fieldName?: string;
}

export function ErrorSummary({
  id,
  errors,
  focusKey,
}: {
  id: string;
  errors: SummaryError[];
  /** changes with each refused submit, so the same errors twice still take focus */
  focusKey?: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  const text = errors.map((e) => e.message).join(" ");
  useEffect(() => {
    if (!text) return;
    announce(`There is a problem. ${text}`);
    moveFocus(box.current);
  }, [text, focusKey]);
  if (errors.length === 0) return null;

  function fieldOf(error: SummaryError): HTMLElement | null {
    if (error.fieldId) return document.getElementById(error.fieldId);
    const form = box.current?.closest("form") ?? document;
    return error.fieldName ? form.querySelector<HTMLElement>(`[name="${CSS.escape(error.fieldName)}"]`) : null;
  }

  return (
    <div ref={box} id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className="rounded border-4 border-red-700 bg-white p-4 text-gray-900">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        There is a problem
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? error.fieldName ?? ""}:${error.message}`}>
            <a
              href={`#${error.fieldId ?? error.fieldName ?? ""}`}
              className="font-semibold text-red-800"
              onClick={(event) => {
                const field = fieldOf(error);
                if (!field) return;
                event.preventDefault();
                field.focus();
                // the field's label is above it: bring both into view
                (field.closest("div") ?? field).scrollIntoView({ block: "center" });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
