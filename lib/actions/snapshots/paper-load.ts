// How the paper actions find what the policy needs: the paper's board and services.
import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { snapshots, type Snapshot } from "@/db/schema";
import type { Action } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";
import { paperScope } from "@/lib/queries/paper-scope";
import { defineAction, type HandlerOutcome } from "../define-action";
import { ActionRefusal } from "../result";

/**
 * An action on a draft paper: the policy is asked `permission` of the
 * paper's board and services (no paper is "not found"); then, in the
 * transaction, the draft row is locked (SELECT … FOR UPDATE), so concurrent
 * changes to it queue, and refused with `notDraftMessage` once it is no longer
 * a draft.
 */
export function defineDraftPaperAction<S extends z.ZodType<{ snapshotId: number }>, T>(definition: {
  permission: Action;
  input: S;
  notDraftMessage: string;
  handler: (args: { tx: Tx; actor: SessionUser; input: z.infer<S>; draft: Snapshot }) => Promise<HandlerOutcome<T>>;
}) {
  return defineAction({
    permission: definition.permission,
    input: definition.input,
    load: async (db, input) => {
      const scope = await paperScope({ db, snapshotId: input.snapshotId });
      return scope ? { resource: scope, loaded: null } : null;
    },
    notFoundMessage: "That snapshot does not exist.",
    handler: async ({ tx, actor, input }) => {
      const [draft] = await tx.select().from(snapshots).where(eq(snapshots.id, input.snapshotId)).for("update");
      if (!draft || draft.status !== "draft") throw new ActionRefusal("invalid_state", definition.notDraftMessage);
      return definition.handler({ tx, actor, input, draft });
    },
  });
}
