"use client";
import { useActionState } from "react";

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
        <div role="alert" id="signin-error" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {state.error}
        </div>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-gray-900">Email address</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? "signin-error" : undefined}
          className="mt-1 block w-full rounded border border-gray-500 px-3 py-2 text-gray-900"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-gray-900">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded border border-gray-500 px-3 py-2 text-gray-900"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
