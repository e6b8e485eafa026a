// A small word in a tinted box (a status, "Featured"). The word carries the
// meaning; the tint only repeats it. Text colours are the -800/-900 shades,
// which meet 4.5:1 on their -100 backgrounds.
import type { ReactNode } from "react";

export type BadgeTone = "gray" | "slate" | "sky" | "blue" | "orange" | "green" | "purple";

const TONES: Record<BadgeTone, string> = {
  gray: "bg-gray-100 text-gray-800",
  slate: "bg-slate-100 text-slate-800",
  sky: "bg-sky-100 text-sky-900",
  blue: "bg-blue-100 text-blue-900",
  orange: "bg-orange-100 text-orange-900",
  green: "bg-green-100 text-green-900",
  purple: "bg-purple-100 text-purple-900",
};

export function badgeClass(tone: BadgeTone = "gray", className?: string) {
  return ["inline-block rounded px-2 py-0.5 text-xs font-semibold", TONES[tone], className].filter(Boolean).join(" ");
}

export function Badge({ tone, className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return <span className={badgeClass(tone, className)}>{children}</span>;
}
