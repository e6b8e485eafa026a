"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export interface SignInFormState {
  error: string | null;
  email: string;
}

export function SignInForm({
  action,
  next,
}: {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  next: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, email: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error ? (
        <Alert role="alert" id="signin-error" tone="error">
          {state.error}
        </Alert>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" name="email" label="Email address">
        <Input
          type="email"
          size="lg"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? "signin-error" : undefined}
        />
      </Field>
      <Field id="password" name="password" label="Password">
        <Input type="password" size="lg" autoComplete="current-password" required />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
