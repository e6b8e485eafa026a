import "server-only";
// Computed scorecards kept in the process: one computation per (database,
// service, month, data version), shared by every reader until something
// changes. The data version (lib/data-version.ts) is read first, on every
// request, so a change committed anywhere (this process, another, the CLI)
// is seen by the next request. Concurrent readers of a scorecard not yet
// computed wait for the one computation rather than each starting their own.
// The same keeper holds HTML built from a scorecard (the table of a page
// view), under the same version.
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, indicatorValues } from "@/db/schema";
import { currentDataVersion } from "@/lib/data-version";
import { scorecardFor, type ScorecardDocument } from "./scorecard";

/** Entries kept per database, least recently used dropped first. */
const MAX_ENTRIES = 64;

interface Entry {
  version: number;
  value: Promise<unknown>;
}

const stores = new WeakMap<object, Map<string, Entry>>();

function storeFor(db: Executor): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map()));
  return store;
}

/**
 * The value kept under `key` for this data version, or `build()` run once and
 * kept. A failed build is not kept. Keys are the caller's; they name what the
 * value is for (e.g. "doc|front-door|2020-04").
 */
export function keep<T>(db: Executor, version: number, key: string, build: () => Promise<T> | T): Promise<T> {
  const store = storeFor(db);
  const found = store.get(key);
  if (found && found.version === version) {
    // most recently used last
    store.delete(key);
    store.set(key, found);
    return found.value as Promise<T>;
  }
  const value = Promise.resolve().then(build);
  store.set(key, { version, value });
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}

export interface CachedScorecard {
  version: number;
  document: ScorecardDocument;
}

/**
 * The month's scorecard (one service, or all with service null), computed
 * once per data version. Callers must not change the document: it is shared.
 * `version` when the caller has just read it (lib/data-version currentDataVersion).
 */
export async function cachedScorecard({
  db,
  period,
  service = null,
  version,
}: {
  db: Executor;
  period: string;
  service?: string | null;
  version?: number;
}): Promise<CachedScorecard> {
  const v = version ?? (await currentDataVersion(db));
  const document = await keep(db, v, `doc|${service ?? "*"}|${period}`, () => scorecardFor({ db, period, service }));
  return { version: v, document };
}

/**
 * The months with any current figure (of one service's indicators, or of
 * indicators of one unit, when given), oldest first, read now: inside a
 * transaction, what it has written counts.
 */
export async function monthsWithFiguresNow({ db, service, unit }: { db: Executor; service?: string | null; unit?: "rate_per_10k" }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ period: indicatorValues.period })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.isCurrent, true), service ? eq(indicators.serviceKey, service) : undefined, unit ? eq(indicators.unit, unit) : undefined))
    .orderBy(asc(indicatorValues.period));
  return rows.map((r) => r.period);
}

/** The months with any current figure (for one service, or any), oldest first, kept per data version. */
export function monthsWithFigures({ db, version, service = null }: { db: Executor; version: number; service?: string | null }): Promise<string[]> {
  return keep(db, version, `months|${service ?? "*"}`, () => monthsWithFiguresNow({ db, service }));
}
