// The shape every one-indicator commentary step shares: the one wrapper
// (../define-action.ts) with the target loaded by indicator and month, and the
// shared conditional write (./store.ts) bound to that target.
import "server-only";
import type { z } from "zod";
import type { Action } from "@/lib/auth/policy";
import { defineAction, type ActionDefinition } from "../define-action";
import { loadTarget, NOT_OPEN, writeCommentary, type CommentaryTarget, type WriteArgs, type WriteOutcome } from "./store";

type TargetInput = { indicatorId: number; period: string };

/** A step on one indicator's commentary for one month; an unknown or unopened month is "not open". */
export function commentaryStep<S extends z.ZodType<TargetInput>, T>(
  permission: Action,
  input: S,
  handler: ActionDefinition<S, CommentaryTarget, T>["handler"],
) {
  return defineAction({ permission, input, load: (db, parsed) => loadTarget(db, parsed), notFoundMessage: NOT_OPEN, handler });
}

/** The conditional write for the step's own transaction, actor and target. */
export function writeStep(
  { tx, actor, loaded }: Pick<WriteArgs, "tx" | "actor"> & { loaded: CommentaryTarget },
  step: WriteArgs["step"],
  rest: Omit<WriteArgs, "tx" | "actor" | "target" | "step">,
): Promise<WriteOutcome> {
  return writeCommentary({ tx, actor, target: loaded, step, ...rest });
}

/** A new text for the step (a save, a submit, a restore, a manager's edit): the actor becomes its author. */
export function writeBodyStep(
  step: Pick<WriteArgs, "tx" | "actor"> & { loaded: CommentaryTarget },
  kind: WriteArgs["step"],
  expectedVersion: number,
  body: string,
  extra?: WriteArgs["extra"],
): Promise<WriteOutcome> {
  return writeStep(step, kind, { expectedVersion, body, actorWritesBody: true, extra });
}

/**
 * A manager's decision on the text as it stands (return, approve, no
 * commentary needed): the body and its author stay; the reviewer and the time
 * are recorded with the step's own columns.
 */
export function reviewStep(
  step: Pick<WriteArgs, "tx" | "actor"> & { loaded: CommentaryTarget },
  kind: WriteArgs["step"],
  expectedVersion: number,
  extra: WriteArgs["extra"],
): Promise<WriteOutcome> {
  return writeStep(step, kind, { expectedVersion, actorWritesBody: false, extra: { reviewerId: step.actor.id, reviewedAt: new Date(), ...extra } });
}
