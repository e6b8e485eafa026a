import "server-only";
// A draft has no frozen rows yet: staff see what publishing would freeze now.
// The preview is built by the very function publishing uses (frozenRowsFor,
// from the same scorecard), then read back through the same shape as stored
// rows, so a draft's preview and its published paper can never differ.
import type { Db } from "@/db/client";
import { paperBreakdowns } from "@/lib/queries/breakdowns";
import { paperCohorts } from "@/lib/queries/cohorts";
import { scorecardFor } from "@/lib/queries/scorecard";
import type { SnapshotContent } from "./types";
import { frozenRowsFor } from "./freeze";
import { rowView } from "./view";

/** The draft's content with the rows publishing it now would store; a published paper is returned as it is. */
export async function withPreviewRows({ db, content }: { db: Db; content: SnapshotContent }): Promise<SnapshotContent> {
  if (content.status !== "draft") return content;
  const scorecard = await scorecardFor({ db, period: content.period });
  const [breakdowns, cohorts] = await Promise.all([paperBreakdowns(db, scorecard.rows, content.period), paperCohorts(db, scorecard.rows, content.period)]);
  const rows = frozenRowsFor({ rows: scorecard.rows, services: content.services.map((s) => s.key), featured: content.featuredCodes, breakdowns, cohorts });
  return { ...content, rows: rows.map(rowView) };
}
