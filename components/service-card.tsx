"use client";
// One service area's month at a glance on the overview. A client component
// for its size, not for any state: the overview draws a card per service, and
// a server component's markup is sent twice (the HTML and again, escaped, in
// the payload the browser hydrates from); a client component's payload is
// only its props, the month's counts and names.
import Link from "next/link";
import type { ReactNode } from "react";
import { commentaryCountsText, type CommentaryCounts } from "@/lib/commentary/status";
import { formatChange, monthLabel } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";
import { indicatorHref } from "./links";
import { LazyRagSplitBar } from "./charts/tremor-lazy";
import { atomElement } from "./ui/atom";
import { NO_RAG_SOLID, RAG_STYLES, ragBadge } from "./rag-badge";
import { roundTo } from "@/lib/figures/round";
import { firstFew } from "@/lib/views/overview";

export interface ServiceCardProps {
  name: string;
  /** null: the service has no figure for the month, so no scorecard to open */
  href: string | null;
  period: string;
  indicators: number;
  rag: { green: number; amber: number; red: number; none: number };
  judgement: { better: number; worse: number; same: number };
  commentary: CommentaryCounts;
  status: { approved: boolean; approvedBy: string | null; revisedSinceApproval: boolean };
  movers: { code: string; title: string; unit: Unit; changeFromPreviousPct: number; changeFromPreviousPoints: number | null; judgement: string | null }[];
  newReds: { code: string; title: string }[];
  /** indicators whose latest DfE year puts the authority in the national bottom quartile (lib/queries/benchmarks.ts) */
  bottomQuartile?: { code: string; title: string; year: string }[];
}

/**
 * The service's RAG split: Tremor's CategoryBar (colour only, so hidden from
 * assistive technology; loaded after the page) over the counts in words, each
 * with its RAG's shape.
 */
function RagSplit({ rag }: { rag: ServiceCardProps["rag"] }) {
  const order = ["red", "amber", "green"] as const;
  return (
    <div data-rag-split className="mt-2 space-y-2">
      <div aria-hidden="true" className="h-2 max-w-xs">
        <LazyRagSplitBar values={[...order.map((k) => rag[k]), rag.none]} colors={[...order.map((k) => RAG_STYLES[k].solid), NO_RAG_SOLID]} />
      </div>
      <ul className="flex flex-wrap items-center gap-2" aria-label="RAG counts">
        {order.map((k) => atomElement(ragBadge(k, { tag: "li", text: `${rag[k]} ${RAG_STYLES[k].label.toLowerCase()}` }), k))}
        <li className="text-sm text-gray-800">{rag.none} with no RAG</li>
      </ul>
    </div>
  );
}

/** One of the card's short lists under its heading. */
function CardList({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    <div className="mt-3 text-sm">
      <h3 className="font-medium text-gray-900">{heading}</h3>
      <ul className="mt-1 space-y-0.5">{children}</ul>
    </div>
  );
}

/** An indicator by its code and title, linked to its page for the month. */
function IndicatorLink({ indicator, period }: { indicator: { code: string; title: string }; period: string }) {
  return (
    <Link href={indicatorHref(indicator.code, period)}>
      <span className="font-mono">{indicator.code}</span> {indicator.title}
    </Link>
  );
}

export function ServiceCard(props: ServiceCardProps) {
  const { name, href, period, indicators, rag, judgement, commentary, status, movers, newReds, bottomQuartile = [] } = props;
  const headingId = `svc-${name.replace(/[^a-z0-9]+/gi, "-")}`;
  const settled = commentary.approved + commentary.notNeeded;
  const percent = commentary.total === 0 ? 0 : roundTo((settled / commentary.total) * 100, 0);
  // the card stays the same size whatever the catalogue's: the first few of each list, the rest on the scorecard
  const reds = firstFew(newReds);
  const quartile = firstFew(bottomQuartile);
  const more = (n: number, what: string) =>
    n > 0 ? (
      <li className="text-gray-800">
        and {n} more {what}
        {href ? (
          <>
            {" "}
            on <Link href={href}>the scorecard</Link>
          </>
        ) : null}
      </li>
    ) : null;
  return (
    <section className="flex flex-col rounded-lg border border-gray-300 bg-white p-4 shadow-sm print:break-inside-avoid" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {href ? <Link href={href}>{name}</Link> : name}
      </h2>
      <p className="text-sm text-gray-800">{indicators} indicators</p>
      {href ? null : <p className="mt-2 text-sm font-semibold text-gray-900">No figures yet for {monthLabel(period)}: nothing to comment on or approve.</p>}
      <RagSplit rag={rag} />
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-gray-700">Since last month</dt>
        <dd>
          {judgement.better} better, {judgement.worse} worse, {judgement.same} no change
        </dd>
        <dt className="text-gray-700">Commentary</dt>
        <dd>
          {commentaryCountsText(commentary)}
          <span className="mt-1 block h-2 w-full max-w-[10rem] rounded bg-gray-200" aria-hidden="true">
            <span className="block h-2 rounded bg-blue-800" style={{ width: `${percent}%` }} />
          </span>
        </dd>
        <dt className="text-gray-700">Scorecard</dt>
        <dd>
          {status.approved ? (
            <span className="font-semibold text-gray-900">
              <span aria-hidden="true">✓ </span>Scorecard approved{status.approvedBy ? ` by ${status.approvedBy}` : ""}
            </span>
          ) : (
            <span>Scorecard not yet approved</span>
          )}
          {status.revisedSinceApproval ? (
            <span className="block font-semibold text-purple-800">Figures revised since approval</span>
          ) : null}
        </dd>
      </dl>
      {newReds.length > 0 ? (
        <CardList
          heading={
            <>
              <span aria-hidden="true">{RAG_STYLES.red.shape} </span>New reds this month ({newReds.length})
            </>
          }
        >
          {reds.shown.map((r) => (
            <li key={r.code}>
              {/* the heading says red: no badge per line, so the card stays small */}
              <IndicatorLink indicator={r} period={period} />
            </li>
          ))}
          {more(reds.more, "new reds")}
        </CardList>
      ) : null}
      {bottomQuartile.length > 0 ? (
        <CardList heading="In the national bottom quartile">
          {quartile.shown.map((b) => (
            <li key={b.code}>
              <IndicatorLink indicator={b} period={period} />{" "}
              <span className="text-gray-700">(DfE {b.year})</span>
            </li>
          ))}
          {more(quartile.more, "in the bottom quartile")}
        </CardList>
      ) : null}
      {movers.length > 0 ? (
        <CardList heading="Biggest movers">
          {movers.map((m) => (
            <li key={m.code}>
              {/* at least 24 px tall, a target easy to hit (WCAG 2.5.8) */}
              <Link href={indicatorHref(m.code, period)} className="inline-flex min-h-6 min-w-6 items-center font-mono">
                {m.code}
              </Link>{" "}
              {formatChange({ unit: m.unit, points: m.changeFromPreviousPoints, relativePct: m.changeFromPreviousPct })}
              {m.judgement && m.judgement !== "neutral" ? ` (${m.judgement === "same" ? "no change" : m.judgement})` : ""}
            </li>
          ))}
        </CardList>
      ) : null}
      {href ? (
        <p className="mt-auto pt-3 text-sm print:hidden">
          <Link href={href}>Open the {name} scorecard</Link>
        </p>
      ) : null}
    </section>
  );
}
