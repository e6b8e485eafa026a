// A column heading that sorts the table by following a link (no script), and
// says how the table is sorted with aria-sort.
import Link from "next/link";
import type { ReactNode } from "react";
import type { SortLink } from "./types";

export function SortHeader({
  label,
  sort,
  className = "",
}: {
  label: ReactNode;
  sort?: SortLink;
  className?: string;
}) {
  if (!sort) {
    return (
      <th scope="col" className={`px-2 py-2 align-bottom ${className}`}>
        {label}
      </th>
    );
  }
  const arrow = sort.state === "ascending" ? "▲" : sort.state === "descending" ? "▼" : "";
  return (
    <th scope="col" aria-sort={sort.state === "none" ? undefined : sort.state} className={`px-2 py-2 align-bottom ${className}`}>
      <Link href={sort.href} className="text-gray-900 underline decoration-gray-400 hover:decoration-gray-900 print:no-underline">
        {label}
        <span className="sr-only">
          {sort.state === "none" ? ", sort by this column" : sort.state === "ascending" ? ", sorted ascending" : ", sorted descending"}
        </span>
      </Link>
      {arrow ? <span aria-hidden="true"> {arrow}</span> : null}
    </th>
  );
}
