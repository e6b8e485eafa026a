// The closed sets of words Lantern stores, one constant each, and the words a
// page uses for them. Everything that needs one of these sets is built from
// here: the database enums (db/schema.ts, the one file under db/ allowed to
// import from lib/, and only this file), the types of lib/figures/types, the
// import file vocabulary (lib/import/vocabulary.ts), zod schemas
// (`z.enum(UNITS)`) and the display text. Adding a word here is a schema
// change: run `npm run db:generate`. Pure data; imports nothing.

/** How a figure is judged: higher or lower is better, within a range, or for information only. */
export const POLARITIES = ["high", "low", "range", "info"] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What a figure counts; a rate is per 10,000 children aged 0–17; a ratio is one number to another ("0.6 entering for every 1 leaving"). */
export const UNITS = ["count", "percent", "rate_per_10k", "days", "number", "ratio"] as const;
export type Unit = (typeof UNITS)[number];

/** How the year to date is made from the months (lib/figures/ytd.ts). */
export const AGGREGATIONS = ["sum", "ratio", "point", "mean"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * What span a figure covers: one month (or the period of its frequency), the
 * year to date, the last 12 months, a whole year, or a snapshot at a date
 * (children on a plan at month end; looked after on 31 March). With the unit
 * it says which figures may be compared (lib/benchmarks/kind.ts).
 */
export const BASES = ["month", "ytd", "rolling_12_months", "year", "snapshot"] as const;
export type Basis = (typeof BASES)[number];

/** How often a figure comes. */
export const FREQUENCIES = ["monthly", "quarterly", "termly", "annual"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Comparators, in the order councils' scorecards list them. */
export const BENCHMARK_KINDS = ["sn_average", "sn_best", "england", "england_top_quartile", "region"] as const;
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

/** What a person may hold (lib/auth/roles.ts, lib/auth/policy.ts). */
export const ROLES = ["admin", "manager", "reporter", "board_member"] as const;
export type Role = (typeof ROLES)[number];

/** A stored commentary's status; one never saved has no row ("not started", lib/commentary/status.ts). */
export const COMMENTARY_STATUSES = ["draft", "submitted", "returned", "approved", "not_needed"] as const;
export type CommentaryStatus = (typeof COMMENTARY_STATUSES)[number];

/** A board paper's status. */
export const SNAPSHOT_STATUSES = ["draft", "published", "superseded"] as const;

/** An item of a board's resolution on a paper (seed 001's minutes): noted, agreed, or an action with an owner. */
export const RESOLUTION_KINDS = ["noted", "agreed", "action"] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** Where an action from a board meeting has got to. */
export const ACTION_STATUSES = ["open", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

// ---- display text ----

/** What each polarity means, in the words a board member would use. */
export const POLARITY_TEXT: Record<Polarity, string> = {
  high: "Higher is better",
  low: "Lower is better",
  range: "Within a range is best",
  info: "For information (no better or worse)",
};

export const UNIT_TEXT: Record<Unit, string> = {
  count: "count",
  percent: "percentage",
  rate_per_10k: "rate per 10,000 children",
  days: "days",
  number: "number",
  ratio: "ratio",
};

export const BASIS_TEXT: Record<Basis, string> = {
  month: "for the month",
  ytd: "for the year to date",
  rolling_12_months: "for the rolling 12 months",
  year: "for a year",
  snapshot: "at a date",
};

export const FREQUENCY_TEXT: Record<Frequency, string> = {
  monthly: "monthly",
  quarterly: "quarterly",
  termly: "termly",
  annual: "annual",
};

/** How the year to date is made, to follow "year to date": "year to date by adding the months". */
export const AGGREGATION_TEXT: Record<Aggregation, string> = {
  sum: "by adding the figures",
  ratio: "from the summed numerators and denominators",
  point: "not given (a point-in-time figure)",
  mean: "by averaging the figures",
};

export const BENCHMARK_TEXT: Record<BenchmarkKind, string> = {
  sn_average: "SN average",
  sn_best: "Best SN",
  england: "England",
  england_top_quartile: "England top quartile",
  region: "Region",
};

export const ROLE_TEXT: Record<Role, string> = {
  admin: "Performance team (admin)",
  manager: "Manager",
  reporter: "Reporter",
  board_member: "Board member",
};

export const RESOLUTION_KIND_TEXT: Record<ResolutionKind, string> = {
  noted: "Noted",
  agreed: "Agreed",
  action: "Action",
};

export const ACTION_STATUS_TEXT: Record<ActionStatus, string> = {
  open: "Not started",
  in_progress: "In progress",
  done: "Done",
};

export const COMMENTARY_STATUS_TEXT: Record<CommentaryStatus | "not_started" | "no_figure", string> = {
  /** the indicator has no figure for the month: no commentary is asked for */
  no_figure: "No figure yet",
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
  returned: "Returned",
  approved: "Approved",
  not_needed: "No commentary needed",
};
