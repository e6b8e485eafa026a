"use client";
// A form bound to a server action, showing its message (and field errors) in
// a live region, so the result of a submit is announced to screen readers.
import { useActionState, type ReactNode } from "react";

export interface ActionFormState {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string>;
}

export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  className,
  resetOnSuccess = false,
}: {
  action: (state: ActionFormState, form: FormData) => Promise<ActionFormState>;
  children: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  return (
    <form action={formAction} className={className ?? "space-y-3"} key={resetOnSuccess && state.ok ? state.message ?? "" : undefined}>
      {children}
      <div aria-live="polite">
        {state.message ? (
          <p
            role={state.ok ? "status" : "alert"}
            className={`rounded p-2 text-sm ${state.ok ? "bg-green-50 text-green-900" : "border-l-4 border-red-700 bg-red-50 text-red-900"}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
      >
        {pending ? (pendingLabel ?? "Working…") : submitLabel}
      </button>
    </form>
  );
}
