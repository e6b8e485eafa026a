// Choosing a password: the new one and the same again, with the account's
// email in a hidden username field so a password manager files it under the
// right account. Fields asked for first (the current password) go between.
import type { ReactNode } from "react";
import { Field, Input } from "@/components/ui/field";

export function NewPasswordFields({
  email,
  idPrefix = "",
  hint,
  againLabel,
  children,
}: {
  email: string;
  /** before the fields' ids ("new-password", "confirm-password") */
  idPrefix?: string;
  hint?: string;
  againLabel: string;
  children?: ReactNode;
}) {
  return (
    <>
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      {children}
      <Field id={`${idPrefix}new-password`} name="password" label="New password" hint={hint}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Field id={`${idPrefix}confirm-password`} name="confirm" label={againLabel}>
        <Input type="password" autoComplete="new-password" />
      </Field>
    </>
  );
}
