import "server-only";
// Dismissing a stale-number flag ("says 1,102; the figure is now 1,110") when
// the text is right as it stands: kept against the figure's current revision,
// so a later revision flags again. Audited. Anyone who may write or approve
// the commentary may dismiss it (the reporter, the approving manager, a
// paper's composer within their services).
import { z } from "zod";
import { commentaryStaleDismissals } from "@/db/schema";
import { staleNumberText } from "@/lib/commentary/stale-numbers";
import { monthLabel } from "@/lib/format";
import { staleCommentaryFor } from "@/lib/queries/stale-commentary";
import { defineAction } from "../define-action";
import { id, month } from "../fields";
import { auditEntry } from "@/lib/audit/append";

export const dismissStaleNumbers = defineAction({
  permission: "commentary.write",
  input: z.object({ indicatorId: id("Indicator"), period: month }),
  load: async (db, input) => {
    const flag = (await staleCommentaryFor({ db, period: input.period, indicatorIds: [input.indicatorId] })).get(input.indicatorId);
    return flag ? { resource: { serviceKey: flag.serviceKey, indicatorId: flag.indicatorId }, loaded: flag } : null;
  },
  notFoundMessage: "There is no stale number to dismiss on that commentary: it may have been edited or dismissed already.",
  handler: async ({ tx, actor, loaded: flag }) => {
    await tx.insert(commentaryStaleDismissals).values({ commentaryId: flag.commentaryId, revision: flag.revision, dismissedBy: actor.id }).onConflictDoNothing();
    const said = flag.numbers.map(staleNumberText).join("; ");
    return {
      data: { code: flag.code },
      audit: [
        auditEntry("commentary.stale_dismiss", ["commentary", flag.commentaryId], `Dismissed the stale-number flag on ${flag.code} for ${monthLabel(flag.period)} (${said})`, {
          before: { figure: flag.oldFigure },
          after: { figure: flag.newFigure, revision: flag.revision },
        }),
      ],
    };
  },
});
