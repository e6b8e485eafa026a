import Link from "next/link";

/** Previous and next month links (to months with figures) that keep the current view. */
export function MonthNav({
  previous,
  next,
  label = "Months",
}: {
  previous: { href: string; text: string } | null;
  next: { href: string; text: string } | null;
  label?: string;
}) {
  return (
    <nav aria-label={label} className="flex gap-4 text-sm print:hidden">
      {previous ? (
        <Link href={previous.href}>
          <span aria-hidden="true">← </span>
          <span className="sr-only">Previous month: </span>
          {previous.text}
        </Link>
      ) : null}
      {next ? (
        <Link href={next.href}>
          <span className="sr-only">Next month: </span>
          {next.text}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
