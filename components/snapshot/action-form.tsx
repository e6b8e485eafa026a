"use client";
// A form bound to a server action. Its result is written to the page's live
// region and focus moves to it (the message beside the button, or the error
// summary at the top when fields are wrong); the action's field errors are
// shown on the fields themselves (every <Field> inside reads them).
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldErrorsProvider } from "@/components/ui/field";
import { useActionResult } from "@/components/ui/focus-manager";

export interface ActionFormState {
  ok: boolean;
  message: string | null;
  /** done, but with something still to deal with */
  warning?: boolean;
  fieldErrors?: Record<string, string>;
}

export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  className,
  resetOnSuccess = false,
  submitVariant,
  confirm,
  confirmLabel,
}: {
  action: (state: ActionFormState, form: FormData) => Promise<ActionFormState>;
  children: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  resetOnSuccess?: boolean;
  submitVariant?: ButtonVariant;
  /**
   * For a step that takes things away (undo an import, retire): what it will
   * do, in words. The first button then only asks: it shows this beside a
   * button that does it and one that cancels, and focus moves to the former.
   */
  confirm?: ReactNode;
  /** the button that does it, once asked ("Yes, undo it") */
  confirmLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  const id = useId().replace(/:/g, "");
  const finish = useActionResult();
  const fieldErrors = state.ok ? undefined : state.fieldErrors;
  const hasFieldErrors = !!fieldErrors && Object.keys(fieldErrors).length > 0;
  // A new result: said, and focused (field errors: the summary does both).
  const shown = useRef(state);
  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
    if (state.message && !hasFieldErrors) finish({ message: state.message, focus: `${id}-result` });
  }, [state, hasFieldErrors, finish, id]);

  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const doButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) doButton.current?.focus();
    else if (wasAsking.current) askButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  // Submitted here rather than through React's form action, which empties every
  // field once the action returns, refused or not: a refused form keeps what
  // was written, so only the field in error needs changing. (Without
  // JavaScript the form posts to the action as usual.)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setAsking(false);
    startTransition(() => formAction(data));
  }

  return (
    // noValidate: the server's own check answers a missing field, in the error summary, rather than the browser's bubble
    <form action={formAction} onSubmit={submit} noValidate className={className ?? "space-y-3"} key={resetOnSuccess && state.ok ? (state.message ?? "") : undefined}>
      {hasFieldErrors ? (
        <ErrorSummary
          id={`${id}-errors`}
          focusKey={state}
          errors={Object.entries(fieldErrors).map(([fieldName, message]) => ({ fieldName, message }))}
        />
      ) : null}
      <FieldErrorsProvider errors={fieldErrors}>{children}</FieldErrorsProvider>
      {state.message && !hasFieldErrors ? (
        <Alert id={`${id}-result`} tone={state.ok ? (state.warning ? "warning" : "success") : "error"} compact as="p">
          {state.message}
        </Alert>
      ) : null}
      {confirm && asking ? (
        <div role="group" aria-labelledby={`${id}-confirm`} className="space-y-2 rounded border border-orange-800 bg-orange-50 p-3">
          <p id={`${id}-confirm`} className="text-sm text-gray-900">
            {confirm}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button ref={doButton} type="submit" variant="warning" aria-describedby={`${id}-confirm`} disabled={pending}>
              {confirmLabel ?? submitLabel}
            </Button>
            <Button variant="plain" onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : confirm ? (
        <Button ref={askButton} variant={submitVariant ?? "warning"} disabled={pending} onClick={() => setAsking(true)}>
          {pending ? (pendingLabel ?? "Working…") : submitLabel}
        </Button>
      ) : (
        <Button type="submit" variant={submitVariant} disabled={pending}>
          {pending ? (pendingLabel ?? "Working…") : submitLabel}
        </Button>
      )}
    </form>
  );
}
