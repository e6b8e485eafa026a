// Lantern's buttons. Colours meet WCAG AA contrast (text 4.5:1, the border
// 3:1 against white); focus uses the global focus ring from globals.css.
// A button that cannot be used now (busy, nothing to send) is aria-disabled,
// not disabled: it keeps focus and its place in the Tab order, and says it is
// unavailable, while its click does nothing (WCAG 2.4.3).
import type { ButtonHTMLAttributes, MouseEvent, Ref } from "react";

export type ButtonVariant = "primary" | "secondary" | "warning" | "plain" | "link";
export type ButtonSize = "md" | "sm" | "xs";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "rounded bg-blue-800 font-semibold text-white no-underline hover:bg-blue-900 aria-disabled:cursor-not-allowed aria-disabled:bg-gray-500 aria-disabled:hover:bg-gray-500",
  secondary:
    "rounded border border-blue-800 bg-white font-semibold text-blue-900 hover:bg-blue-50 aria-disabled:cursor-not-allowed aria-disabled:text-gray-600",
  warning: "rounded border border-orange-800 bg-white font-semibold text-orange-900 hover:bg-orange-50 aria-disabled:cursor-not-allowed",
  plain: "rounded border border-gray-500 bg-white text-gray-900 hover:bg-gray-50 aria-disabled:cursor-not-allowed",
  link: "font-semibold text-blue-900 underline",
};

const SIZES: Record<ButtonSize, string> = {
  md: "px-4 py-2",
  sm: "px-3 py-1.5 text-sm",
  xs: "px-2 py-1 text-sm",
};

/** The class of a button look, for a link that acts as a button (e.g. "New snapshot"). */
export function buttonClass({ variant = "primary", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return [VARIANTS[variant], variant === "link" ? "" : SIZES[size], className].filter(Boolean).join(" ");
}

export function Button({
  variant,
  size,
  className,
  type = "button",
  disabled,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize; ref?: Ref<HTMLButtonElement> }) {
  // A click on an unavailable button (or Enter in a form, which clicks its submit button) does nothing.
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  return (
    <button
      type={type}
      className={buttonClass({ variant, size, className })}
      {...rest}
      aria-disabled={disabled ? true : rest["aria-disabled"]}
      onClick={disabled ? ignore : onClick}
    />
  );
}
