"use client";
// The 404 of a scorecard month with no figures: says which month, and links
// to the nearest months of that service that have figures. It reads the
// service and month from the address (a not-found page is given no props).
import Link from "next/link";
import { useParams } from "next/navigation";
import { adjacentMonths } from "@/lib/figures/month-list";
import { isPeriod } from "@/lib/figures/periods";
import { monthLabel } from "@/lib/format";

export function MissingMonth({ monthsByService, serviceNames }: { monthsByService: Record<string, string[]>; serviceNames: Record<string, string> }) {
  const params = useParams<{ service?: string; period?: string }>();
  const service = params?.service ?? "";
  const period = params?.period ?? "";
  const name = serviceNames[service];
  const months = monthsByService[service] ?? [];
  if (!name || !isPeriod(period)) {
    return (
      <div className="mx-auto max-w-xl rounded bg-white p-6">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="mt-2 text-gray-800">
          {name ? `"${period.slice(0, 20)}" is not a month: months are written YYYY-MM, e.g. 2020-04.` : "There is no such service area."} Check the address, or
          start again from the overview.
        </p>
        <p className="mt-4">
          <Link href="/">Go to the overview</Link>
        </p>
      </div>
    );
  }
  const { previous, next } = adjacentMonths(months, period);
  return (
    <div className="mx-auto max-w-xl rounded bg-white p-6">
      <h1 className="text-2xl font-bold">No figures have been loaded for {monthLabel(period)}</h1>
      <p className="mt-2 text-gray-800">
        The {name} scorecard has no figures for {monthLabel(period)}, so there is nothing to show.
        {months.length > 0 ? ` Its figures run from ${monthLabel(months[0])} to ${monthLabel(months.at(-1)!)}.` : ""}
      </p>
      {previous || next ? (
        <nav aria-label="Nearest months with figures" className="mt-4">
          <ul className="space-y-1">
            {previous ? (
              <li>
                <Link href={`/scorecards/${service}/${previous}`}>
                  {name}: {monthLabel(previous)}
                </Link>{" "}
                (the nearest month before)
              </li>
            ) : null}
            {next ? (
              <li>
                <Link href={`/scorecards/${service}/${next}`}>
                  {name}: {monthLabel(next)}
                </Link>{" "}
                (the nearest month after)
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <p className="mt-4">
        <Link href="/">Go to the overview</Link>
      </p>
    </div>
  );
}
