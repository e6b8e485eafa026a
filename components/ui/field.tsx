"use client";
// A form field: its label, an optional hint, an error message, and the
// control, wired together: the label names the control (htmlFor), the hint
// and the error describe it (aria-describedby), and a field in error says so
// (aria-invalid). The error is shown between the hint and the control, in
// words and not by colour alone (WCAG 1.3.1, 1.4.1, 3.3.1, 3.3.2, 4.1.2).
//
// <Field id="ask-body" name="body" label="Question" hint="…">
//   <Textarea rows={3} required />
// </Field>
//
// The control takes its id, name and ARIA from the field. A field's error is
// its `error` prop, or else the error a surrounding <FieldErrorsProvider>
// (an <ActionForm> after a refused submit) holds for the field's `name`.
import { createContext, useContext, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

const FieldErrorsContext = createContext<Record<string, string> | undefined>(undefined);

/** Field errors by field name (from an action's result), read by every <Field> inside. */
export function FieldErrorsProvider({ errors, children }: { errors: Record<string, string> | undefined; children: ReactNode }) {
  return <FieldErrorsContext.Provider value={errors}>{children}</FieldErrorsContext.Provider>;
}

interface Wiring {
  id: string;
  name?: string;
  describedBy?: string;
  invalid: boolean;
}
const ControlContext = createContext<Wiring | null>(null);

const LABELS = {
  /** text-sm, medium weight: most forms */
  sm: "block text-sm font-medium text-gray-900",
  /** body size: a page that is one form */
  md: "block font-medium text-gray-900",
  /** semibold: a field that leads a card */
  strong: "block text-sm font-semibold text-gray-900",
  /** small, for a field inside a table row */
  xs: "block text-xs font-semibold text-gray-900",
  /** the commentary editor's own heading-like label */
  lead: "block font-semibold text-gray-900",
} as const;

export type LabelStyle = keyof typeof LABELS;

export function Field({
  id,
  name,
  label,
  hint,
  error,
  labelStyle = "sm",
  className,
  children,
}: {
  id: string;
  /** the control's name; also where a surrounding FieldErrorsProvider's error is looked up */
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  labelStyle?: LabelStyle;
  className?: string;
  children: ReactNode;
}) {
  const errors = useContext(FieldErrorsContext);
  const message = error ?? (name ? errors?.[name] : undefined) ?? null;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={LABELS[labelStyle]}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={message} />
      <ControlContext.Provider value={{ id, name, describedBy, invalid: Boolean(message) }}>{children}</ControlContext.Provider>
    </div>
  );
}

/** The control's look: "md" (default), "sm" (compact, in a table row), "lg" (sign-in), "text" (long writing). */
export type ControlSize = "sm" | "md" | "lg" | "text";
const CONTROL = "mt-1 block w-full rounded border border-gray-500 bg-white text-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";
/** A text box the reader may not change looks it (a <select> is always :read-only, so not there). */
const READ_ONLY = "read-only:bg-gray-100";
const PADDING: Record<ControlSize, string> = { sm: "p-1", md: "p-2", lg: "px-3 py-2", text: "p-3 font-[inherit] text-base leading-relaxed" };

function controlClass(size: ControlSize = "md", className?: string) {
  return [CONTROL, PADDING[size], className].filter(Boolean).join(" ");
}

/** The field's wiring merged with the control's own props (its own aria-describedby is kept too). */
type Wired = { id?: string; name?: string; "aria-describedby"?: string; "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling" };
function useWiring(props: Wired): Wired {
  const wiring = useContext(ControlContext);
  if (!wiring) return {};
  const describedBy = [wiring.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return {
    id: props.id ?? wiring.id,
    name: props.name ?? wiring.name,
    "aria-describedby": describedBy,
    "aria-invalid": wiring.invalid ? true : props["aria-invalid"],
  };
}

type Sized = { size?: ControlSize };

export function Input({ size, className, ref, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & Sized & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} {...props} {...useWiring(props)} className={controlClass(size, `${READ_ONLY} ${className ?? ""}`)} />;
}

export function Textarea({ size, className, ref, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Sized & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea ref={ref} {...props} {...useWiring(props)} className={controlClass(size, `${READ_ONLY} ${className ?? ""}`)} />;
}

export function Select({ size, className, ref, ...props }: Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & Sized & { ref?: Ref<HTMLSelectElement> }) {
  return <select ref={ref} {...props} {...useWiring(props)} className={controlClass(size, className)} />;
}

/** The error a surrounding <FieldErrorsProvider> holds for a field name (for controls that are not a single <Field>, e.g. a group of checkboxes). */
export function useFieldError(name: string): string | null {
  return useContext(FieldErrorsContext)?.[name] ?? null;
}

/** A select's choices in order, each its value and the words shown for it. */
export function Options({ options }: { options: readonly { value: string | number; label: string }[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/** A field's error in words, said as an error to a screen reader too; nothing when there is none. */
export function FieldError({ id, message, className }: { id: string | undefined; message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} className={[className, "mt-1 text-sm font-semibold text-red-900"].filter(Boolean).join(" ")}>
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}
