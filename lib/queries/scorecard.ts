import "server-only";
import { aliasedTable, and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  commentaries,
  indicators,
  indicatorValues,
  serviceAreas,
  users,
} from "@/db/schema";
import { theAuthority } from "./authority";
import { bandSetsOf } from "./band-sets";
import { storedComparators } from "./comparators";
import { inUseIn } from "./retired";
import { figuresFromRows } from "./figures-input";
import { bandsAndTargetFor, type BandSet } from "@/lib/figures/band-sets";
import type { Figures, IndicatorDef, SpcSettings } from "@/lib/figures/types";
import { effectiveSettings } from "@/lib/settings";

export interface ScorecardRow extends Omit<Figures, "spc"> {
  id: number;
  code: string;
  title: string;
  service: string;
  polarity: IndicatorDef["polarity"];
  unit: IndicatorDef["unit"];
  aggregation: IndicatorDef["aggregation"];
  decimals: number;
  frequency: IndicatorDef["frequency"];
  bands: IndicatorDef["bands"];
  bandsIllustrative: boolean;
  /** a figure is loaded for the month; without one no commentary is asked for ("no figure yet") */
  hasFigure: boolean;
  councilPlan: boolean;
  owner: { email: string; name: string } | null;
  reporter: { email: string; name: string } | null;
  commentary: {
    status: string;
    body: string;
    author: string | null;
    updatedAt: string;
    version: number;
    /** left out of public releases */
    internal: boolean;
    /** why none is needed, when it was so marked */
    notNeededReason?: string | null;
  } | null;
  spc: Figures["spc"];
  /** why the month has no figure, when it is stored blank with a reason (a formula's window short of a month) */
  emptyReason?: string | null;
}

export interface ScorecardDocument {
  authority: string;
  period: string;
  service: string | null;
  spcSettings: { runLength: number; screenMovingRanges: boolean };
  rows: ScorecardRow[];
}

export interface ScorecardOptions {
  db: Executor;
  period: string;
  service?: string | null;
  /** per-run SPC overrides (the CLI's --spc-run-length / --spc-screen-moving-ranges) */
  spc?: Partial<SpcSettings>;
}

/**
 * The computed scorecard for a month, for one service or all: the document
 * the CLI prints as JSON and the pages render. Five set-based queries whatever
 * the number of indicators; every figure comes from lib/figures.
 */
export async function scorecardFor({ db, period, service = null, spc }: ScorecardOptions): Promise<ScorecardDocument> {
  const owner = aliasedTable(users, "owner");
  const reporter = aliasedTable(users, "reporter");
  const serviceFilter = service ? eq(indicators.serviceKey, service) : undefined;

  // 1. the authority, its settings and 0–17 populations
  const authority = await theAuthority({ db });

  // 2. the catalogue rows with owner and reporter
  const catalogue = await db
    .select({
      indicator: indicators,
      ownerEmail: owner.email,
      ownerName: owner.name,
      reporterEmail: reporter.email,
      reporterName: reporter.name,
    })
    .from(indicators)
    .innerJoin(serviceAreas, eq(serviceAreas.key, indicators.serviceKey))
    .leftJoin(owner, eq(owner.id, indicators.ownerId))
    .leftJoin(reporter, eq(reporter.id, indicators.reporterId))
    .where(and(serviceFilter, inUseIn(period)))
    .orderBy(asc(serviceAreas.sortOrder), asc(indicators.sortOrder), asc(indicators.code));
  const ids = catalogue.map((c) => c.indicator.id);
  if (ids.length === 0) {
    return emptyDocument(authority?.name ?? "", period, service, authority?.settings, spc);
  }

  // 3. every current figure up to the month (SPC reads the whole history),
  // one JSON array per indicator: thousands of figures arrive as a few dozen
  // text values that JSON.parse reads natively, rather than one row each
  // through the driver (on the embedded database that was most of the page's time).
  const histories = await db
    .select({
      indicatorId: indicatorValues.indicatorId,
      figures: sql<string>`json_agg(json_build_array(${indicatorValues.period}, ${indicatorValues.value}, ${indicatorValues.numerator}, ${indicatorValues.denominator}, ${indicatorValues.revision}) order by ${indicatorValues.period})::text`,
      emptyReason: sql<string | null>`max(case when ${indicatorValues.period} = ${period} and ${indicatorValues.value} is null then ${indicatorValues.note} end)`,
    })
    .from(indicatorValues)
    .where(
      and(
        inArray(indicatorValues.indicatorId, ids),
        eq(indicatorValues.isCurrent, true),
        lte(indicatorValues.period, period),
      ),
    )
    .groupBy(indicatorValues.indicatorId);
  const values = histories.flatMap((h) =>
    (JSON.parse(h.figures) as [string, number | null, number | null, number | null, number][]).map(
      ([p, value, numerator, denominator, revision]) => ({ indicatorId: h.indicatorId, period: p, value, numerator, denominator, revision }),
    ),
  );

  // 4. outturns and benchmarks in one round trip
  const comparators = await storedComparators(db, ids);

  // 5. the month's commentary with its author, and every set of bands and targets
  const bandSets = bandSetsOf({ db, indicatorIds: ids });
  const notes = await db
    .select({
      indicatorId: commentaries.indicatorId,
      status: commentaries.status,
      body: commentaries.body,
      version: commentaries.version,
      internal: commentaries.internal,
      notNeededReason: commentaries.notNeededReason,
      updatedAt: commentaries.updatedAt,
      author: users.name,
    })
    .from(commentaries)
    .leftJoin(users, eq(users.id, commentaries.authorId))
    .where(and(inArray(commentaries.indicatorId, ids), eq(commentaries.period, period)))
    .orderBy(desc(commentaries.updatedAt));
  const setsBy = await bandSets;

  const settings = effectiveSettings(authority?.settings);
  const spcSettings: SpcSettings = {
    runLength: spc?.runLength ?? settings.spcRunLength,
    screenMovingRanges: spc?.screenMovingRanges ?? settings.spcScreenMovingRanges,
  };
  const population = authority?.populations ?? {};

  const valuesBy = groupBy(values, (v) => v.indicatorId);
  const emptyReasons = new Map(histories.map((h) => [h.indicatorId, h.emptyReason]));
  const comparatorsBy = groupBy(comparators, (c) => c.indicatorId);
  const notesBy = new Map(notes.map((n) => [n.indicatorId, n]));

  const rows = catalogue.map(({ indicator, ownerEmail, ownerName, reporterEmail, reporterName }) => {
    const def = indicatorDef(indicator, setsBy.get(indicator.id));
    const own = valuesBy.get(indicator.id) ?? [];
    const figures = figuresFromRows({
      indicator: def,
      period,
      values: own,
      comparators: comparatorsBy.get(indicator.id) ?? [],
      population,
      spc: spcSettings,
    });
    const note = notesBy.get(indicator.id);
    const row: ScorecardRow = {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      service: indicator.serviceKey,
      polarity: def.polarity,
      unit: def.unit,
      aggregation: def.aggregation,
      decimals: def.decimals,
      frequency: def.frequency,
      // the bands in force in the month (the target is in the figures)
      bands: bandsAndTargetFor(def, period).bands,
      bandsIllustrative: indicator.bandsIllustrative,
      hasFigure: own.some((v) => v.period === period),
      councilPlan: indicator.councilPlan,
      owner: ownerEmail ? { email: ownerEmail, name: ownerName ?? ownerEmail } : null,
      reporter: reporterEmail ? { email: reporterEmail, name: reporterName ?? reporterEmail } : null,
      ...figures,
      emptyReason: figures.value === null ? (emptyReasons.get(indicator.id) ?? null) : null,
      commentary: note
        ? {
            status: note.status,
            body: note.body,
            author: note.author,
            updatedAt: new Date(note.updatedAt).toISOString(),
            version: note.version,
            internal: note.internal,
            ...(note.status === "not_needed" ? { notNeededReason: note.notNeededReason } : {}),
          }
        : null,
    };
    return row;
  });

  return {
    authority: authority?.name ?? "",
    period,
    service,
    spcSettings: { runLength: spcSettings.runLength, screenMovingRanges: spcSettings.screenMovingRanges },
    rows,
  };
}

/** The figures engine's view of a catalogue row, with its sets of bands by month when given. */
export function indicatorDef(indicator: typeof indicators.$inferSelect, bandSets?: BandSet[]): IndicatorDef {
  return {
    code: indicator.code,
    polarity: indicator.polarity,
    unit: indicator.unit,
    aggregation: indicator.aggregation,
    decimals: indicator.decimals,
    frequency: indicator.frequency,
    basis: indicator.basis,
    bands: {
      greenMin: indicator.greenMin,
      greenMax: indicator.greenMax,
      amberMin: indicator.amberMin,
      amberMax: indicator.amberMax,
    },
    target: indicator.target,
    bandSets,
  };
}

function emptyDocument(
  authority: string,
  period: string,
  service: string | null,
  stored: Parameters<typeof effectiveSettings>[0],
  spc?: Partial<SpcSettings>,
): ScorecardDocument {
  const settings = effectiveSettings(stored);
  return {
    authority,
    period,
    service,
    spcSettings: {
      runLength: spc?.runLength ?? settings.spcRunLength,
      screenMovingRanges: spc?.screenMovingRanges ?? settings.spcScreenMovingRanges,
    },
    rows: [],
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
