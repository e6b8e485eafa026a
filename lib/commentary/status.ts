// The commentary state machine of the monthly cycle's write and approve steps (docs/domain.md), as data: which
// step may start from which status, and where it leads. Actions ask it
// before writing, and the conditional UPDATE repeats the same "from" list in
// its WHERE clause so a concurrent change cannot slip between the two.
import type { CommentaryStatus } from "@/db/schema";

/** A commentary that has never been saved has no row: "not started". */
export type CommentaryState = CommentaryStatus | "not_started";

export type CommentaryStep = "save" | "submit" | "withdraw" | "return" | "approve" | "restore" | "not_needed";

interface StepRule {
  from: readonly CommentaryState[];
  /** null: the status stays as it was (a save keeps "returned" so the note stays in view) */
  to: CommentaryStatus | null;
}

/**
 * Reporters' steps: writing stops once the text is with the manager, but the
 * writer may withdraw a submission (back to a draft) until it is approved.
 */
const WRITER_STEPS: Record<"save" | "submit" | "withdraw" | "restore", StepRule> = {
  save: { from: ["not_started", "draft", "returned"], to: null },
  submit: { from: ["not_started", "draft", "returned"], to: "submitted" },
  withdraw: { from: ["submitted"], to: "draft" },
  restore: { from: ["draft", "returned"], to: null },
};

/** Managers' steps; a manager may also edit (save, restore) text waiting for them. */
const APPROVER_STEPS: Record<CommentaryStep, StepRule> = {
  save: { from: ["not_started", "draft", "returned", "submitted"], to: null },
  submit: WRITER_STEPS.submit,
  withdraw: WRITER_STEPS.withdraw,
  restore: { from: ["draft", "returned", "submitted"], to: null },
  return: { from: ["submitted"], to: "returned" },
  approve: { from: ["submitted"], to: "approved" },
  not_needed: { from: ["not_started", "draft", "returned", "submitted"], to: "not_needed" },
};

export function stepRule(step: CommentaryStep, asApprover: boolean): StepRule | null {
  if (asApprover) return APPROVER_STEPS[step];
  return step in WRITER_STEPS ? WRITER_STEPS[step as keyof typeof WRITER_STEPS] : null;
}

/** Statuses a step may start from (as stored: "not_started" has no row to update). */
export function storedFromStatuses(step: CommentaryStep, asApprover: boolean): CommentaryStatus[] {
  return (stepRule(step, asApprover)?.from ?? []).filter((s): s is CommentaryStatus => s !== "not_started");
}

export function canStep(step: CommentaryStep, from: CommentaryState, asApprover: boolean): boolean {
  return stepRule(step, asApprover)?.from.includes(from) ?? false;
}

/** The status after the step, given the status before it. */
export function statusAfter(step: CommentaryStep, from: CommentaryState, asApprover: boolean): CommentaryStatus {
  const to = stepRule(step, asApprover)?.to ?? null;
  if (to) return to;
  return from === "not_started" ? "draft" : from;
}

/** Statuses that let a service's scorecard be approved. */
export const SETTLED_STATUSES: readonly CommentaryState[] = ["approved", "not_needed"];

/**
 * What a row of a month asks of its writers: an indicator with no figure for
 * the month asks nothing ("no figure yet"), whatever its stored commentary.
 */
export type RowCommentaryState = CommentaryState | "no_figure";

export function rowCommentaryState(hasFigure: boolean | undefined, status: string | null | undefined): RowCommentaryState {
  // (rows frozen before this was recorded carry no hasFigure: they are read as having one)
  if (hasFigure === false) return "no_figure";
  return (status ?? "not_started") as CommentaryState;
}

export interface CommentaryCounts {
  approved: number;
  /** marked "No commentary needed" by a manager */
  notNeeded: number;
  /** everything not yet settled: not started, draft, returned or submitted */
  waiting: number;
  /** indicators with no figure for the month: nothing is asked of them */
  noFigure: number;
  /** indicators with a figure: approved + notNeeded + waiting */
  total: number;
}

/** A scorecard's commentary counted honestly: approved and "not needed" apart, and what is still waiting. */
export function commentaryCounts(statuses: readonly (CommentaryState | string | null | undefined)[]): CommentaryCounts {
  let approved = 0;
  let notNeeded = 0;
  let noFigure = 0;
  for (const s of statuses) {
    if (s === "approved") approved++;
    else if (s === "not_needed") notNeeded++;
    else if (s === "no_figure") noFigure++;
  }
  const total = statuses.length - noFigure;
  return { approved, notNeeded, waiting: total - approved - notNeeded, noFigure, total };
}

/** "3 approved · 6 no commentary needed · 0 waiting" (and "· 2 no figure yet" when some have none) */
export function commentaryCountsText(c: CommentaryCounts): string {
  const text = `${c.approved} approved · ${c.notNeeded} no commentary needed · ${c.waiting} waiting`;
  return c.noFigure > 0 ? `${text} · ${c.noFigure} no figure yet` : text;
}
