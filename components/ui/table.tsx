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

/** A column heading: its words, or its words (or a node) with classes of its own, e.g. its alignment. */
export type TableColumn = string | { label: ReactNode; className?: string };

/**
 * A data table's <thead>: one row, one <th scope="col"> a column, each with
 * `cellClassName` and then its own classes; a false or null column (one shown
 * only sometimes) is left out.
 */
export function TableHead({
  columns,
  className,
  rowClassName,
  cellClassName,
}: {
  columns: readonly (TableColumn | false | null)[];
  className?: string;
  rowClassName?: string;
  cellClassName?: string;
}) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {columns.map((column, i) => {
          if (column === false || column === null) return null;
          const { label, className: own } = typeof column === "string" ? { label: column } : column;
          return (
            <th key={i} scope="col" className={[cellClassName, own].filter(Boolean).join(" ") || undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
