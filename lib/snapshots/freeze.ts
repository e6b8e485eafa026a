// What a published snapshot keeps of each indicator row: every figure the
// board saw, computed once by lib/figures, plus the approved commentary (never
// a draft). Stored as JSON in the snapshot's own rows, so later revisions and
// edits cannot reach it.
import type { IndicatorBreakdown } from "@/lib/queries/breakdowns";
import type { IndicatorCohort } from "@/lib/queries/cohorts";
import type { ScorecardRow } from "@/lib/queries/scorecard";

/** A row's figures, with its breakdowns over the 12 months to the paper's month (absent on papers frozen before them). */
export type FrozenFigures = Omit<ScorecardRow, "id" | "commentary"> & {
  /** the reason given when the month's commentary was marked not needed (papers frozen before it was kept have none) */
  noCommentaryReason?: string | null;
  breakdowns?: IndicatorBreakdown[];
  /** a cohort indicator's outcomes at the paper's month (absent on other rows and papers frozen before cohorts) */
  cohort?: IndicatorCohort;
};

export interface FrozenRow {
  position: number;
  indicatorCode: string;
  serviceKey: string;
  title: string;
  featured: boolean;
  figures: FrozenFigures;
  commentary: string | null;
  commentaryInternal: boolean;
}

export function frozenRowsFor({
  rows,
  services,
  featured,
  breakdowns = new Map(),
  cohorts = new Map(),
}: {
  rows: ScorecardRow[];
  services: string[];
  featured: string[];
  /** by indicator id (lib/queries/breakdowns.ts indicatorBreakdowns) */
  breakdowns?: ReadonlyMap<number, IndicatorBreakdown[]>;
  /** by indicator id (lib/queries/cohorts.ts indicatorCohorts) */
  cohorts?: ReadonlyMap<number, IndicatorCohort>;
}): FrozenRow[] {
  const chosen = new Set(services);
  const featuredCodes = new Set(featured);
  return rows
    .filter((row) => chosen.has(row.service))
    .map((row, index) => {
      const { id, commentary, ...rest } = row;
      const split = breakdowns.get(id);
      const cohort = cohorts.get(id);
      const figures = { ...rest, ...(split?.length ? { breakdowns: split } : {}), ...(cohort ? { cohort } : {}) };
      return {
        position: index + 1,
        indicatorCode: row.code,
        serviceKey: row.service,
        title: row.title,
        featured: featuredCodes.has(row.code),
        // JSON round trip: plain data only, exactly what is stored.
        figures: JSON.parse(
          JSON.stringify(commentary?.status === "not_needed" ? { ...figures, noCommentaryReason: commentary.notNeededReason ?? null } : figures),
        ) as FrozenFigures,
        commentary: commentary?.status === "approved" && commentary.body.trim() ? commentary.body : null,
        commentaryInternal: commentary?.internal ?? false,
      };
    });
}
