"use client";
// A form bound to a server action, showing its message in a live region, so
// the result of a submit is announced to screen readers; the action's field
// errors are shown on the fields themselves (every <Field> inside reads them).
import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrorsProvider } from "@/components/ui/field";

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
      <FieldErrorsProvider errors={state.ok ? undefined : state.fieldErrors}>{children}</FieldErrorsProvider>
      <div aria-live="polite">
        {state.message ? (
          <Alert role={state.ok ? "status" : "alert"} tone={state.ok ? "success" : "error"} compact as="p">
            {state.message}
          </Alert>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? (pendingLabel ?? "Working…") : submitLabel}
      </Button>
    </form>
  );
}
