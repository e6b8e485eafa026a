import "server-only";
// A paper's public text: the only words its public release shows, written or
// approved by the publisher (saving it is the approval, recorded with who and
// when). Checked for personal data and small numbers on saving (the findings
// are shown) and again at publishing, where a flag needs a reason.
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { indicators, snapshots, snapshotServices, users } from "@/db/schema";
import { theAuthority } from "@/lib/queries/authority";
import { effectiveSettings } from "@/lib/settings";
import { checkPublicText, type PublicTextFinding } from "@/lib/snapshots/public-text";
import { defineDraftPaperAction } from "./paper-load";
import { ActionRefusal } from "../result";
import { savePublicTextInput } from "./inputs";
import { auditEntry } from "@/lib/audit/append";

/**
 * The checks' findings on every word a draft's public release would show (its
 * title, public themes, survey labels and the titles of the indicators it
 * shows), with the authority's threshold now and staff names allowed.
 */
export async function publicTextFindings(
  db: Executor,
  draft: { id: number; title: string; publicHighlights: { theme: string; body: string }[]; childrensVoice: { survey: { label: string }[] } },
): Promise<PublicTextFinding[]> {
  const { suppressionThreshold } = effectiveSettings((await theAuthority({ db }))?.settings);
  const [staff, labels] = await Promise.all([
    db.select({ name: users.name }).from(users).where(isNull(users.disabledAt)),
    db
      .selectDistinct({ title: indicators.title })
      .from(indicators)
      .innerJoin(snapshotServices, eq(snapshotServices.serviceKey, indicators.serviceKey))
      .where(and(eq(snapshotServices.snapshotId, draft.id), isNull(indicators.retiredFrom))),
  ]);
  return checkPublicText(
    {
      title: draft.title,
      highlights: draft.publicHighlights.filter((h) => h.body.trim()),
      survey: draft.childrensVoice.survey,
      labels: labels.map((l) => l.title).sort(),
    },
    { threshold: suppressionThreshold, staffNames: staff.map((s) => s.name) },
  );
}

export const savePublicText = defineDraftPaperAction({
  permission: "snapshot.publish",
  input: savePublicTextInput,
  notDraftMessage: "This paper has been published: its public text is frozen with it.",
  handler: async ({ tx, actor, input, draft }) => {
    if (!draft.publicRelease) throw new ActionRefusal("invalid_state", "This paper is not marked for public release.");
    const publicHighlights = input.publicHighlights.filter((h) => h.body.trim());
    await tx
      .update(snapshots)
      .set({ publicHighlights, publicTextApprovedBy: actor.id, publicTextApprovedAt: new Date() })
      .where(eq(snapshots.id, draft.id));
    const findings = await publicTextFindings(tx, { ...draft, publicHighlights });
    return {
      data: { id: draft.id, findings },
      audit: [
        auditEntry("snapshot.public_text", ["snapshot", draft.id], `Approved the public text of "${draft.title}" (${publicHighlights.length} themes, ${findings.length} flagged)`, {
          before: { publicHighlights: draft.publicHighlights },
          after: { publicHighlights, findings },
        }),
      ],
    };
  },
});
