"use client";
// Create a personal API token: the token is shown once, here, to copy.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, FieldErrorsProvider, Input } from "@/components/ui/field";

interface TokenState {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string>;
  token?: string;
  name?: string;
}

export function NewTokenForm({ action, defaultDays }: { action: (state: TokenState, form: FormData) => Promise<TokenState>; defaultDays: number }) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  return (
    <div className="space-y-3">
      <form action={formAction} className="space-y-3">
        <FieldErrorsProvider errors={state.ok ? undefined : state.fieldErrors}>
          <Field id="token-name" name="name" label="Name" hint="What the token is for, e.g. “Power BI monthly report”.">
            <Input autoComplete="off" />
          </Field>
          <Field id="token-days" name="days" label="Lasts (days)" hint="It stops working after this many days (at most 366).">
            <Input type="number" min={1} max={366} defaultValue={defaultDays} inputMode="numeric" />
          </Field>
        </FieldErrorsProvider>
        <div aria-live="polite">
          {state.message && !state.ok ? (
            <Alert role="alert" tone="error" compact as="p">
              {state.message}
            </Alert>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state.ok && state.token ? (
        <Alert role="status" tone="success">
          <p className="font-semibold">{state.message}</p>
          <label htmlFor="new-token" className="mt-2 block text-sm font-medium">
            Your token “{state.name}”
          </label>
          <input id="new-token" readOnly value={state.token} className="mt-1 block w-full rounded border border-gray-500 bg-white p-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <div className="mt-2">
            <CopyButton text={state.token} label="Copy token" what="token" />
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
