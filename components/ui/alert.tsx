// A message box with a coloured left rule. The colour is never the message:
// the words say what it is; `role` says how urgently a screen reader hears it
// ("alert" for an error just made, "status" for news, "note" for standing text).
import type { HTMLAttributes, ReactNode } from "react";

type AlertTone = "info" | "warning" | "error" | "success" | "neutral";

const TONES: Record<AlertTone, string> = {
  info: "border-blue-800 bg-blue-50 text-gray-900",
  warning: "border-orange-700 bg-orange-50 text-gray-900",
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  neutral: "border-gray-700 bg-gray-100 text-gray-900",
};

function alertClass({ tone = "info", compact = false, size = "sm", className }: AlertStyle & { className?: string } = {}) {
  return ["rounded border-l-4", compact ? "p-2" : "p-3", size === "sm" ? "text-sm" : "", TONES[tone], className].filter(Boolean).join(" ");
}

interface AlertStyle {
  tone?: AlertTone;
  /** p-2 instead of p-3 */
  compact?: boolean;
  /** "sm" (default) or "base" text */
  size?: "sm" | "base";
}

export function Alert({
  tone,
  compact,
  size,
  as: Tag = "div",
  className,
  children,
  ...rest
}: AlertStyle & { as?: "div" | "p"; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  return (
    <Tag className={alertClass({ tone, compact, size, className })} {...rest}>
      {children}
    </Tag>
  );
}
