import "server-only";
// The demo's published Corporate Parenting Board paper for April 2020, made
// through the same actions a manager uses. Its highlights follow seed 003's
// themes, but every sentence is written by the drafting template from the demo
// figures themselves: no invented numbers. (The demo has no children's survey,
// so that section is left empty rather than made up.)
import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { boards, indicators, indicatorValues, scorecardApprovals, serviceAreas, serviceNarratives, snapshots, users } from "@/db/schema";
import { narrativeFromFigures } from "@/lib/report/narrative-draft";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { contextFactsOf, highlightContext } from "@/lib/commentary/context-sentences";
import { draftFromFigures } from "@/lib/commentary/draft-template";
import { loadSessionUser } from "@/lib/queries/users";
import type { SessionUser } from "@/lib/auth/roles";
import { authoritySettings } from "@/lib/queries/authority";
import { scorecardFor, type ScorecardRow } from "@/lib/queries/scorecard";
import { savePublicText } from "@/lib/actions/snapshots/public-text";
import { catalogueRelationFacts } from "@/lib/queries/catalogue";
import { paperRelations, publicRows } from "@/lib/snapshots/public-release";
import { checkPublicText } from "@/lib/snapshots/public-text";

export const DEMO_PERIOD = "2020-04";
const DEMO_MEETING_DATE = "2020-06-15";

// (the earlier meeting, illustrative: db/seed/demo/SOURCE.md)
const EARLIER_PERIOD = "2020-03";
const EARLIER_MEETING_DATE = "2020-05-18";

const THEMES: { theme: string; codes: string[]; dimension?: string }[] = [
  { theme: "Demand", codes: ["M1", "M2", "LAC1", "LAC1-NI"] },
  { theme: "Edge of care", codes: ["EOC1"] },
  { theme: "Caseloads", codes: ["SW1", "EH2", "CP6B"] },
  { theme: "Health and education", codes: ["HC1", "HC2", "HC3"] },
  { theme: "Permanency", codes: ["LAC3", "LAC6 (val)", "LAC12 (val)", "A1"] },
  { theme: "Placement stability", codes: ["LAC9", "LAC16"] },
  { theme: "Quality and impact", codes: ["LAC7-QL", "EH4-QL", "CP8-QL"] },
];
const FEATURED = ["LAC1", "EH4-QL", "CP6B", "LAC7-QL"];

/** Writes April's section narratives, approves its service scorecards (all their commentary is approved in the dataset) and publishes the paper. Once only. */
export async function seedDemoSnapshot({ db, managerEmail }: { db: Db; managerEmail: string }): Promise<number | null> {
  const [already] = await db.select({ id: snapshots.id }).from(snapshots).limit(1);
  if (already) return null;
  const [manager] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${managerEmail}`);
  const actor = manager ? await loadSessionUser({ db, userId: manager.id }) : null;
  const [board] = await db.select({ id: boards.id, authorityId: boards.authorityId }).from(boards).limit(1);
  if (!actor || !board) return null;
  // April first (the demo's paper is the first one), then the illustrative earlier meeting it is compared with
  const april = await publishDemoPaper({ db, actor, board, period: DEMO_PERIOD, meetingDate: DEMO_MEETING_DATE, title: "Corporate Parenting Scorecard Highlights: April 2020" });
  await publishDemoPaper({ db, actor, board, period: EARLIER_PERIOD, meetingDate: EARLIER_MEETING_DATE, title: "Corporate Parenting Scorecard Highlights: March 2020 (illustrative earlier meeting)" });
  return april;
}

/** One month's section narratives, scorecard approvals and published paper, drafted from that month's figures. */
async function publishDemoPaper({
  db,
  actor,
  board,
  period,
  meetingDate,
  title,
}: {
  db: Db;
  actor: SessionUser;
  board: { id: number; authorityId: number };
  period: string;
  meetingDate: string;
  title: string;
}): Promise<number> {

  const scorecard = await scorecardFor({ db, period: period });
  const services = [...new Set(scorecard.rows.map((r) => r.service))];
  const [loaded] = await db
    .select({ at: max(indicatorValues.loadedAt) })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.period, period), inArray(indicators.serviceKey, services)));
  // each section's narrative for the monthly report, written by the manager before approving (drafted from the figures)
  const areas = await db.select({ key: serviceAreas.key, name: serviceAreas.name }).from(serviceAreas).where(inArray(serviceAreas.key, services));
  await db
    .insert(serviceNarratives)
    .values(
      areas.map((a) => ({
        authorityId: board.authorityId,
        serviceKey: a.key,
        period: period,
        body: narrativeFromFigures(a.name, period, scorecard.rows.filter((r) => r.service === a.key)),
        updatedBy: actor.id,
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(scorecardApprovals)
    .values(services.map((serviceKey) => ({ authorityId: board.authorityId, serviceKey, period: period, approvedBy: actor.id, figuresLoadedAt: loaded?.at ?? null })))
    .onConflictDoNothing();

  const byCode = new Map(scorecard.rows.map((r) => [r.code, r]));
  // each row: the drafting template's paragraph, then the context computed from the series as a paragraph of its own
  const paragraphs = (r: ScorecardRow) =>
    [draftFromFigures({
          title: r.title,
          period: period,
          unit: r.unit,
          decimals: r.decimals,
          polarity: r.polarity,
          value: r.value,
          previous: r.previous,
          previousPeriod: r.previousPeriod,
          changeFromPreviousPct: r.changeFromPreviousPct,
      benchmarks: r.benchmarks,
      target: r.target,
    }), highlightContext(contextFactsOf(r, period)).join(" ")].filter(Boolean);
  const themeRows = (codes: string[]) => codes.map((code) => byCode.get(code)).filter((r) => r !== undefined);
  const highlights = THEMES.map(({ theme, codes, dimension }) => ({
    theme,
    body: themeRows(codes).flatMap(paragraphs).join("\n\n"),
    codes: themeRows(codes).map((r) => r.code),
    ...(dimension ? { dimension } : {}),
  })).filter((h) => h.body);

  // The public text: the same sentences, but only of rows the public release
  // shows whole (nothing suppressed) and only where the checks find nothing,
  // approved by the manager as a publisher would.
  const { suppressionThreshold } = await authoritySettings({ db });
  const relations = paperRelations(scorecard.rows, await catalogueRelationFacts({ db }));
  const shown = publicRows(scorecard.rows.map((r) => ({ ...r, period: period })), suppressionThreshold, relations);
  const whole = (r: ScorecardRow) => {
    const p = shown.get(r.code);
    return !!p && p.suppressedCount === 0 && typeof p.value === "number";
  };
  const publicHighlights = THEMES.map(({ theme, codes }) => ({
    theme,
    body: themeRows(codes)
      .filter(whole)
      .flatMap(paragraphs)
      .filter((body) => checkPublicText([{ theme, body }], { threshold: suppressionThreshold }).length === 0)
      .join("\n\n"),
  })).filter((h) => h.body);

  const draft = await createSnapshotDraft(
    { db, actor },
    {
      boardId: board.id,
      title,
      meetingDate,
      period: period,
      services,
      featured: FEATURED,
      highlights,
      childrensVoice: { quotes: [], survey: [] },
      publicRelease: true,
    },
  );
  if (!draft.ok) throw new Error(`The demo snapshot could not be drafted: ${draft.message}`);
  const approved = await savePublicText({ db, actor }, { snapshotId: draft.data.id, publicHighlights });
  if (!approved.ok) throw new Error(`The demo snapshot's public text could not be saved: ${approved.message}`);
  const published = await publishSnapshot({ db, actor }, { snapshotId: draft.data.id });
  if (!published.ok) throw new Error(`The demo snapshot could not be published: ${published.message}`);
  return draft.data.id;
}
