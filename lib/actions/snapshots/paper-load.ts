// How the paper actions find what the policy needs: the paper's board and services.
import "server-only";
import type { Executor } from "@/db/client";
import { paperScope } from "@/lib/queries/paper-scope";

/** Spread into a paper action's definition: loads the paper's scope; no paper is "not found". */
export const paperLoad = {
  load: async (db: Executor, input: { snapshotId: number }) => {
    const scope = await paperScope({ db, snapshotId: input.snapshotId });
    return scope ? { resource: scope, loaded: null } : null;
  },
  notFoundMessage: "That snapshot does not exist.",
};
