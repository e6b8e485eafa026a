// How a service scorecard page is filtered, sorted and summarised, from its
// URL parameters. Pure functions over scorecard rows: the figures themselves
// come from lib/figures (via scorecardFor); this only chooses and orders rows
// and reads last month's RAG and judgement with the same figure rules.
import { z } from "zod";
import { directionOf, headlineChange, judgementOf, ragFor } from "@/lib/figures";
import type { Judgement, Rag } from "@/lib/figures/types";
import type { ScorecardRow } from "@/lib/queries/scorecard";

export const SORT_KEYS = [
  "position",
  "code",
  "title",
  "owner",
  "reporter",
  "value",
  "change",
  "ytd",
  "judgement",
  "rag",
  "target",
  "spc",
  "commentary",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** The columns a reader can sort by (catalogue "position" is the default, not a column). */
const SORTABLE_KEYS = SORT_KEYS.filter((k): k is Exclude<SortKey, "position"> => k !== "position");
export type SortableKey = (typeof SORTABLE_KEYS)[number];
type SortState = "ascending" | "descending" | "none";
/** A column heading's link: where it sorts to, and how the table is sorted now (aria-sort). */
export interface SortLink {
  href: string;
  state: SortState;
}

export const RAG_FILTERS = ["red", "amber", "green", "none"] as const;
export const JUDGEMENT_FILTERS = ["better", "worse", "same", "neutral", "none"] as const;
export const PLAN_FILTERS = ["yes", "no"] as const;
/** How many months a row shows: 3 or 6 fit a 1280 px screen; 12 scrolls sideways below ~1,300 px. */
export const MONTHS_SHOWN = ["3", "6", "12"] as const;
export const LAYOUTS = ["table", "cards"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ScorecardView {
  rag: (typeof RAG_FILTERS)[number] | null;
  judgement: (typeof JUDGEMENT_FILTERS)[number] | null;
  plan: (typeof PLAN_FILTERS)[number] | null;
  sort: SortKey;
  dir: "asc" | "desc";
  months: 3 | 6 | 12;
  /** table or cards; null: chosen by the screen's width (cards on a phone) */
  layout: Layout | null;
}

export const DEFAULT_VIEW: ScorecardView = { rag: null, judgement: null, plan: null, sort: "position", dir: "asc", months: 6, layout: null };

// One schema per parameter so a bad one is reported and dropped on its own
// while the rest of the view still applies.
const PARAMS: Record<string, { schema: z.ZodType<Partial<ScorecardView>, string>; words: readonly string[] }> = {
  rag: { schema: z.enum(RAG_FILTERS).transform((rag) => ({ rag })), words: RAG_FILTERS },
  judgement: { schema: z.enum(JUDGEMENT_FILTERS).transform((judgement) => ({ judgement })), words: JUDGEMENT_FILTERS },
  plan: { schema: z.enum(PLAN_FILTERS).transform((plan) => ({ plan })), words: PLAN_FILTERS },
  sort: { schema: z.enum(SORT_KEYS).transform((sort) => ({ sort })), words: SORT_KEYS },
  dir: { schema: z.enum(["asc", "desc"]).transform((dir) => ({ dir })), words: ["asc", "desc"] },
  months: { schema: z.enum(MONTHS_SHOWN).transform((m) => ({ months: Number(m) as ScorecardView["months"] })), words: MONTHS_SHOWN },
  layout: { schema: z.enum(LAYOUTS).transform((layout) => ({ layout })), words: LAYOUTS },
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the view from the query string. Unknown words are never an error
 * page: each bad parameter is named in a plain sentence and left out.
 */
export function parseScorecardView(raw: RawSearchParams): { view: ScorecardView; problems: string[] } {
  const view: ScorecardView = { ...DEFAULT_VIEW };
  const problems: string[] = [];
  for (const [name, { schema, words }] of Object.entries(PARAMS)) {
    const given = raw[name];
    if (given === undefined || given === "") continue;
    const text = Array.isArray(given) ? given[0] : given;
    const parsed = schema.safeParse(text);
    if (!parsed.success) {
      problems.push(`"${String(text).slice(0, 40)}" is not a choice for ${name}; use one of: ${words.join(", ")}. It has been ignored.`);
      continue;
    }
    Object.assign(view, parsed.data);
  }
  return { view, problems };
}

/**
 * A page renders one layout, not both (a 60-row scorecard in both doubled the
 * page): cards when asked, or by default on a phone, which says so in the
 * Sec-CH-UA-Mobile client hint or a "Mobi" user agent; the table otherwise.
 */
/**
 * What a scorecard page draws: the layout the address names, or, when it
 * names none, both, with the screen's width choosing by CSS (cards below
 * the `md` width, the table above and in print). Nothing is guessed from
 * the device, so a narrow desktop window and a wide tablet both get the
 * layout that fits.
 */
export function layoutFor(view: ScorecardView): Layout | "by-width" {
  return view.layout ?? "by-width";
}

/** The query string for a view, leaving out defaults so URLs stay short and stable. */
export function viewQuery(view: ScorecardView, overrides: Partial<ScorecardView> = {}): string {
  const merged = { ...view, ...overrides };
  const params = new URLSearchParams();
  if (merged.rag) params.set("rag", merged.rag);
  if (merged.judgement) params.set("judgement", merged.judgement);
  if (merged.plan) params.set("plan", merged.plan);
  if (merged.sort !== DEFAULT_VIEW.sort) params.set("sort", merged.sort);
  if (merged.dir !== DEFAULT_VIEW.dir) params.set("dir", merged.dir);
  if (merged.months !== DEFAULT_VIEW.months) params.set("months", String(merged.months));
  if (merged.layout) params.set("layout", merged.layout);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Each sortable column's link from `base` (the page's path): the active column toggles its direction. */
export function sortLinksFor(base: string, view: ScorecardView): Record<SortableKey, SortLink> {
  const links = {} as Record<SortableKey, SortLink>;
  for (const key of SORTABLE_KEYS) {
    const active = view.sort === key;
    const dir = active && view.dir === "asc" ? "desc" : "asc";
    links[key] = {
      href: `${base}${viewQuery(view, { sort: key, dir })}`,
      state: active ? (view.dir === "asc" ? "ascending" : "descending") : "none",
    };
  }
  return links;
}

export function filterRows(rows: ScorecardRow[], view: ScorecardView): ScorecardRow[] {
  return rows.filter(
    (r) =>
      (view.rag === null || (view.rag === "none" ? r.rag === null : r.rag === view.rag)) &&
      (view.judgement === null || (view.judgement === "none" ? r.judgement === null : r.judgement === view.judgement)) &&
      (view.plan === null || r.councilPlan === (view.plan === "yes")),
  );
}

const RAG_RANK: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
const JUDGEMENT_RANK: Record<Judgement, number> = { worse: 0, same: 1, better: 2, neutral: 3 };
const SPC_RANK = { concern: 0, neither: 1, common_cause: 2, improvement: 3 } as const;
const COMMENTARY_RANK: Record<string, number> = { returned: 0, draft: 1, submitted: 2, approved: 3, not_needed: 4 };

type SortValue = number | string | null;
const SORT_VALUE: Record<SortKey, (r: ScorecardRow, position: number) => SortValue> = {
  position: (_r, position) => position,
  code: (r) => r.code,
  title: (r) => r.title,
  owner: (r) => r.owner?.name ?? null,
  reporter: (r) => r.reporter?.name ?? null,
  value: (r) => r.value,
  // as the row headlines it: points for percentages and rates, else relative %
  change: (r) => headlineChange(r.unit, r.changeFromPreviousPoints, r.changeFromPreviousPct),
  ytd: (r) => r.ytd,
  judgement: (r) => (r.judgement ? JUDGEMENT_RANK[r.judgement] : null),
  rag: (r) => (r.rag ? RAG_RANK[r.rag] : null),
  target: (r) => r.distanceToTarget,
  spc: (r) => (r.spc.variation ? SPC_RANK[r.spc.variation] : null),
  commentary: (r) => (r.commentary ? (COMMENTARY_RANK[r.commentary.status] ?? 5) : -1),
};

/** Sorted by the view's column; rows with no figure always go last, ties keep catalogue order. */
export function sortRows(rows: ScorecardRow[], view: ScorecardView): ScorecardRow[] {
  const key = SORT_VALUE[view.sort];
  const sign = view.dir === "desc" ? -1 : 1;
  return rows
    .map((row, position) => ({ row, position, value: key(row, position) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.position - b.position;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === "string" || typeof b.value === "string"
          ? String(a.value).localeCompare(String(b.value), "en-GB", { numeric: true, sensitivity: "base" })
          : a.value - b.value;
      return order !== 0 ? sign * order : a.position - b.position;
    })
    .map((entry) => entry.row);
}

export interface SignificantChange {
  id: number;
  code: string;
  title: string;
  ragBefore: Rag | null;
  ragNow: Rag | null;
  judgementBefore: Judgement | null;
  judgementNow: Judgement | null;
  ragChanged: boolean;
  judgementChanged: boolean;
}

/**
 * Last period's RAG and judgement of a row, by the same rules as this
 * period's: RAG of the previous figure against the bands, and the judgement
 * of the move into the previous period (from the period before it).
 */
export function previousReadings(row: ScorecardRow): { rag: Rag | null; judgement: Judgement | null } {
  // by the set in force in the previous month (rows frozen before sets existed: this month's bands)
  const rag = row.previousRag !== undefined ? row.previousRag : ragFor(row.previous, row.bands);
  const index = row.series.findIndex((p) => p.period === row.previousPeriod);
  const before = index > 0 ? row.series[index - 1].value : null;
  const judgement = judgementOf(directionOf(row.previous, before), row.polarity);
  return { rag, judgement };
}

/**
 * Rows whose RAG or judgement differs from last period's, where both are
 * known: a board wants "what changed", not "what has a figure for the first time".
 */
export function significantChanges(rows: ScorecardRow[]): SignificantChange[] {
  const changes: SignificantChange[] = [];
  for (const row of rows) {
    const before = previousReadings(row);
    const ragChanged = row.rag !== null && before.rag !== null && row.rag !== before.rag;
    const judgementChanged =
      row.judgement !== null &&
      before.judgement !== null &&
      row.judgement !== "neutral" &&
      row.judgement !== before.judgement;
    if (ragChanged || judgementChanged) {
      changes.push({
        id: row.id,
        code: row.code,
        title: row.title,
        ragBefore: before.rag,
        ragNow: row.rag,
        judgementBefore: before.judgement,
        judgementNow: row.judgement,
        ragChanged,
        judgementChanged,
      });
    }
  }
  return changes;
}

/** Red this period and not red last period (including no RAG before). */
export function isNewRed(row: ScorecardRow): boolean {
  return row.rag === "red" && previousReadings(row).rag !== "red";
}

/** Whether the latest SPC point sits above or below the centre line: MDC icons say "high" or "low". */
export function spcSide(spc: ScorecardRow["spc"]): "high" | "low" | null {
  const last = spc.points.at(-1);
  if (!last || spc.mean === null || last.value === spc.mean) return null;
  return last.value > spc.mean ? "high" : "low";
}
