import "server-only";
// Everything the indicator page shows: the catalogue entry, every figure with
// its revisions (old figure, who loaded it, when), comparators, the month's
// figures from lib/figures, the commentary history and the targets and bands
// by year. Six queries.
import { aliasedTable, and, asc, desc, eq, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  authorities,
  commentaries,
  indicators,
  indicatorValues,
  serviceAreas,
  users,
} from "@/db/schema";
import { addMonths, monthsBetween } from "@/lib/figures";
import type { Aggregation, Bands, BenchmarkKind, Figures, Frequency, Polarity, Unit } from "@/lib/figures/types";
import { effectiveSettings } from "@/lib/settings";
import { bandSetHistory, bandsAndTargetFor, type BandSet } from "@/lib/figures/band-sets";
import { populationsByYear } from "./authority";
import { bandSetsOf } from "./band-sets";
import { storedComparators } from "./comparators";
import { figuresFromRows } from "./figures-input";
import { indicatorDef } from "./scorecard";

/** The line chart shows up to three years, and at least two when the figures go back that far. */
export const CHART_MONTHS = 36;

export interface IndicatorMonth {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  loadedBy: string | null;
  loadedAt: string | null;
  /** earlier figures for this month, newest first */
  revisions: { revision: number; value: number | null; loadedBy: string | null; loadedAt: string }[];
}

export interface CommentaryHistoryItem {
  period: string;
  status: string;
  body: string;
  author: string | null;
  reviewer: string | null;
  returnNote: string | null;
  updatedAt: string;
}

export interface IndicatorPage {
  authority: string;
  indicator: {
    id: number;
    code: string;
    title: string;
    service: { key: string; name: string };
    polarity: Polarity;
    unit: Unit;
    aggregation: Aggregation;
    decimals: number;
    frequency: Frequency;
    bands: Bands;
    bandsIllustrative: boolean;
    target: number | null;
    outcome: string | null;
    definition: string | null;
    councilPlan: boolean;
    owner: { name: string; email: string } | null;
    reporter: { name: string; email: string } | null;
  };
  /** the month the figures are for */
  period: string;
  /** the newest month with a figure, for "latest" links */
  latestPeriod: string | null;
  /** every month with a current figure, oldest first (the page moves only between these) */
  periodsWithFigures: string[];
  figures: Figures;
  /** oldest first, every month from the chart's start to `period` */
  months: IndicatorMonth[];
  benchmarks: { kind: BenchmarkKind; year: string; value: number }[];
  outturns: { year: string; value: number }[];
  /** every set of target and bands, oldest first, with the last month each was in force (null: still) */
  bandHistory: (BandSet & { until: string | null })[];
  commentary: CommentaryHistoryItem[];
}

export async function indicatorPageFor({
  db,
  code,
  period: requested,
}: {
  db: Executor;
  code: string;
  period?: string | null;
}): Promise<IndicatorPage | null> {
  const owner = aliasedTable(users, "owner");
  const reporter = aliasedTable(users, "reporter");

  // 1. the indicator, its service, owner and reporter, and the authority's settings
  const [found] = await db
    .select({
      indicator: indicators,
      serviceName: serviceAreas.name,
      ownerEmail: owner.email,
      ownerName: owner.name,
      reporterEmail: reporter.email,
      reporterName: reporter.name,
      authority: authorities.name,
      settings: authorities.settings,
      populations: populationsByYear(),
    })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .innerJoin(authorities, eq(authorities.id, indicators.authorityId))
    .leftJoin(owner, eq(owner.id, indicators.ownerId))
    .leftJoin(reporter, eq(reporter.id, indicators.reporterId))
    .where(eq(indicators.code, code))
    .limit(1);
  if (!found) return null;
  const id = found.indicator.id;

  // 2–4. every revision of every figure, comparators, and the commentary history
  const [values, comparators, notes, setsBy] = await Promise.all([
    db
      .select({
        period: indicatorValues.period,
        value: indicatorValues.value,
        numerator: indicatorValues.numerator,
        denominator: indicatorValues.denominator,
        note: indicatorValues.note,
        revision: indicatorValues.revision,
        isCurrent: indicatorValues.isCurrent,
        loadedAt: indicatorValues.loadedAt,
        loadedBy: users.name,
      })
      .from(indicatorValues)
      .leftJoin(users, eq(users.id, indicatorValues.loadedBy))
      .where(eq(indicatorValues.indicatorId, id))
      .orderBy(asc(indicatorValues.period), desc(indicatorValues.revision)),
    storedComparators(db, [id]),
    commentaryHistory(db, id, requested ?? null),
    bandSetsOf({ db, indicatorIds: [id] }),
  ]);

  const current = values.filter((v) => v.isCurrent);
  const latestPeriod = current.at(-1)?.period ?? null;
  const period = requested ?? latestPeriod;
  if (!period) return null;

  const settings = effectiveSettings(found.settings);
  const sets = setsBy.get(id) ?? [];
  const def = indicatorDef(found.indicator, sets);
  const inForce = bandsAndTargetFor(def, period);
  const upToPeriod = current.filter((v) => v.period <= period);
  const figures = figuresFromRows({
    indicator: def,
    period,
    values: upToPeriod,
    comparators,
    population: found.populations ?? {},
    spc: { runLength: settings.spcRunLength, screenMovingRanges: settings.spcScreenMovingRanges },
  });

  const first = upToPeriod[0]?.period ?? period;
  const span = Math.min(Math.max(monthsBetween(first, period) + 1, 1), CHART_MONTHS);
  const byPeriod = new Map<string, typeof values>();
  for (const v of values) {
    const list = byPeriod.get(v.period);
    if (list) list.push(v);
    else byPeriod.set(v.period, [v]);
  }
  const months: IndicatorMonth[] = Array.from({ length: span }, (_, i) => {
    const p = addMonths(period, i - span + 1);
    const all = byPeriod.get(p) ?? [];
    const now = all.find((v) => v.isCurrent);
    return {
      period: p,
      value: now?.value ?? null,
      numerator: now?.numerator ?? null,
      denominator: now?.denominator ?? null,
      note: now?.note ?? null,
      loadedBy: now?.loadedBy ?? null,
      loadedAt: now ? new Date(now.loadedAt).toISOString() : null,
      revisions: all
        .filter((v) => !v.isCurrent)
        .map((v) => ({ revision: v.revision, value: v.value, loadedBy: v.loadedBy, loadedAt: new Date(v.loadedAt).toISOString() })),
    };
  });

  const i = found.indicator;
  return {
    authority: found.authority,
    indicator: {
      id: i.id,
      code: i.code,
      title: i.title,
      service: { key: i.serviceKey, name: found.serviceName },
      polarity: i.polarity,
      unit: i.unit,
      aggregation: i.aggregation,
      decimals: i.decimals,
      frequency: i.frequency,
      // the bands and target in force in the month shown
      bands: inForce.bands,
      bandsIllustrative: i.bandsIllustrative,
      target: inForce.target,
      outcome: i.outcome,
      definition: i.definition,
      councilPlan: i.councilPlan,
      owner: found.ownerEmail ? { email: found.ownerEmail, name: found.ownerName ?? found.ownerEmail } : null,
      reporter: found.reporterEmail ? { email: found.reporterEmail, name: found.reporterName ?? found.reporterEmail } : null,
    },
    period,
    latestPeriod,
    periodsWithFigures: current.map((v) => v.period),
    figures,
    months,
    benchmarks: comparators
      .filter((c) => c.kind !== "outturn")
      .map((c) => ({ kind: c.kind as BenchmarkKind, year: c.year, value: c.value }))
      .sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : 0)),
    outturns: comparators
      .filter((c) => c.kind === "outturn")
      .map((c) => ({ year: c.year, value: c.value }))
      .sort((a, b) => (a.year < b.year ? -1 : 1)),
    commentary: notes,
    bandHistory: bandSetHistory(sets),
  };
}

/** Commentary month by month, newest first, up to the month shown when one is asked for. */
async function commentaryHistory(db: Executor, indicatorId: number, upTo: string | null): Promise<CommentaryHistoryItem[]> {
  const author = aliasedTable(users, "author");
  const reviewer = aliasedTable(users, "reviewer");
  const rows = await db
    .select({
      period: commentaries.period,
      status: commentaries.status,
      body: commentaries.body,
      author: author.name,
      reviewer: reviewer.name,
      returnNote: commentaries.returnNote,
      updatedAt: commentaries.updatedAt,
    })
    .from(commentaries)
    .leftJoin(author, eq(author.id, commentaries.authorId))
    .leftJoin(reviewer, eq(reviewer.id, commentaries.reviewerId))
    .where(and(eq(commentaries.indicatorId, indicatorId), upTo ? lte(commentaries.period, upTo) : undefined))
    .orderBy(desc(commentaries.period));
  return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
}
