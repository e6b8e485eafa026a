"use client";
// The sign-in form. A refused attempt shows an error summary at the top
// (focused and announced), each empty field's message on that field (linked
// from the summary, aria-invalid, aria-describedby), and keeps the email.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { Field, Input } from "@/components/ui/field";

export interface SignInFormState {
  error: string | null;
  email: string;
  fieldErrors?: { email?: string; password?: string };
}

export function SignInForm({
  action,
  next,
  initialEmail = "",
}: {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  next: string | null;
  /** the address to fill in (after setting a password) */
  initialEmail?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, email: initialEmail });
  const fieldErrors = state.fieldErrors ?? {};
  const summary: SummaryError[] = [
    ...(fieldErrors.email ? [{ message: fieldErrors.email, fieldId: "email" }] : []),
    ...(fieldErrors.password ? [{ message: fieldErrors.password, fieldId: "password" }] : []),
    // wrong email or password: about the attempt, so it leads back to the first field
    ...(state.error ? [{ message: state.error, fieldId: "email" }] : []),
  ];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary id="signin-error" errors={summary} focusKey={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" name="email" label="Email address" error={fieldErrors.email}>
        <Input type="email" size="lg" autoComplete="username" required defaultValue={state.email} aria-invalid={state.error ? true : undefined} />
      </Field>
      <Field id="password" name="password" label="Password" error={fieldErrors.password}>
        <Input type="password" size="lg" autoComplete="current-password" required aria-invalid={state.error ? true : undefined} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
