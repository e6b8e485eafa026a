import Link from "next/link";
import { monthLabel } from "@/lib/format";

/** The months open for commentary, the current one marked, each a link to `${basePath}?period=…`. */
export function OpenMonthsNav({ months, current, basePath, label }: { months: string[]; current: string; basePath: string; label?: string }) {
  if (months.length <= 1) return null;
  return (
    <nav aria-label="Open months" className="mt-3 text-sm">
      {label ? <span className="mr-2">{label}</span> : null}
      <ul className="inline-flex flex-wrap gap-3">
        {months.map((p) => (
          <li key={p}>
            {p === current ? (
              <span aria-current="page" className="font-semibold">
                {monthLabel(p)}
              </span>
            ) : (
              <Link href={`${basePath}?period=${p}`}>{monthLabel(p)}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
