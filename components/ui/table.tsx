// A data table in its own scroll region: on a narrow screen the table scrolls
// sideways inside the page rather than the page scrolling. The region is
// focusable and named by the caption, so a keyboard user can scroll it
// (WCAG 2.1.1, 1.4.10); the caption is read with the table.
import type { ReactNode } from "react";

/** The scroll region's class, shared with tables built as HTML (the frozen paper tables). */
export const TABLE_REGION_CLASS = "relative overflow-x-auto rounded border border-gray-300 bg-white";
export const TABLE_CLASS = "min-w-full divide-y divide-gray-200 text-sm";

export function Table({
  caption,
  regionLabel,
  className,
  tableClassName,
  children,
}: {
  /** read with the table; visually hidden */
  caption: string;
  /** the scroll region's name, when it should say more than the caption (e.g. "scrolls sideways") */
  regionLabel?: string;
  /** extra classes for the region (e.g. "max-h-96 overflow-auto", "print:overflow-visible") */
  className?: string;
  tableClassName?: string;
  /** the <thead> and <tbody> */
  children: ReactNode;
}) {
  return (
    <div className={[TABLE_REGION_CLASS, className].filter(Boolean).join(" ")} tabIndex={0} role="region" aria-label={regionLabel ?? caption}>
      <table className={[TABLE_CLASS, tableClassName].filter(Boolean).join(" ")}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
