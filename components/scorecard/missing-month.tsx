"use client";
// The 404 of a scorecard month with no figures: says which month, and links
// to the nearest months of that service that have figures. It reads the
// service and month from the address (a not-found page is given no props),
// and asks the server for the nearest months only when it shows
// (/scorecards/{service}/{period}/nearest): Next.js renders a segment's
// not-found boundary into every page of the segment, so whatever it looked
// up itself would be looked up, and sent, with every scorecard.
import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import { isPeriod } from "@/lib/figures/periods";
import { monthLabel } from "@/lib/format";

interface Nearest {
  first: string | null;
  last: string | null;
  previous: string | null;
  next: string | null;
}

/** The nearest months with figures, each said as where it lies from the month asked for. */
const NEAREST = [
  ["previous", "before"],
  ["next", "after"],
] as const;

export function MissingMonth({ serviceNames }: { serviceNames: Record<string, string> }) {
  const params = useParams<{ service?: string; period?: string }>();
  const service = params?.service ?? "";
  const period = params?.period ?? "";
  const name = serviceNames[service];
  const known = Boolean(name) && isPeriod(period);
  const [nearest, setNearest] = useState<Nearest | null>(null);
  useEffect(() => {
    if (!known) return;
    let live = true;
    fetch(`/scorecards/${service}/${period}/nearest`)
      .then((response) => (response.ok ? (response.json() as Promise<Nearest>) : null))
      .then((found) => live && found && setNearest(found))
      .catch(() => {}); // without them the page still says what is missing
    return () => {
      live = false;
    };
  }, [known, service, period]);

  if (!known) {
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
  return (
    <div className="mx-auto max-w-xl rounded bg-white p-6">
      <h1 className="text-2xl font-bold">No figures have been loaded for {monthLabel(period)}</h1>
      <p className="mt-2 text-gray-800">
        The {name} scorecard has no figures for {monthLabel(period)}, so there is nothing to show.
        {nearest?.first && nearest.last ? ` Its figures run from ${monthLabel(nearest.first)} to ${monthLabel(nearest.last)}.` : ""}
      </p>
      {nearest && (nearest.previous || nearest.next) ? (
        <nav aria-label="Nearest months with figures" className="mt-4">
          <ul className="space-y-1">
            {NEAREST.map(([key, side]) => {
              const month = nearest[key];
              return month ? (
                <li key={key}>
                  <Link href={`/scorecards/${service}/${month}`}>
                    {name}: {monthLabel(month)}
                  </Link>{" "}
                  (the nearest month {side})
                </li>
              ) : null;
            })}
          </ul>
        </nav>
      ) : null}
      <p className="mt-4">
        <Link href="/">Go to the overview</Link>
      </p>
    </div>
  );
}
