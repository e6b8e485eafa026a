import "server-only";
import type { Db } from "@/db/client";
import { listServiceAreas } from "./periods";
import { scorecardFor, type ScorecardRow } from "./scorecard";

export interface ServiceSummary {
  key: string;
  name: string;
  indicators: number;
  rag: { green: number; amber: number; red: number; none: number };
  judgement: { better: number; worse: number; same: number };
  commentary: { approved: number; total: number };
  /** biggest relative moves this month, largest first */
  movers: { code: string; title: string; changeFromPreviousPct: number; judgement: ScorecardRow["judgement"] }[];
}

/** Every service area's month at a glance, from one scorecard computation. */
export async function overviewFor({ db, period }: { db: Db; period: string }): Promise<ServiceSummary[]> {
  const [areas, scorecard] = await Promise.all([listServiceAreas({ db }), scorecardFor({ db, period })]);
  return areas
    .map((area) => {
      const rows = scorecard.rows.filter((r) => r.service === area.key);
      const count = (predicate: (r: ScorecardRow) => boolean) => rows.filter(predicate).length;
      return {
        key: area.key,
        name: area.name,
        indicators: rows.length,
        rag: {
          green: count((r) => r.rag === "green"),
          amber: count((r) => r.rag === "amber"),
          red: count((r) => r.rag === "red"),
          none: count((r) => r.rag === null),
        },
        judgement: {
          better: count((r) => r.judgement === "better"),
          worse: count((r) => r.judgement === "worse"),
          same: count((r) => r.judgement === "same"),
        },
        commentary: {
          approved: count((r) => r.commentary?.status === "approved" || r.commentary?.status === "not_needed"),
          total: rows.length,
        },
        movers: rows
          .filter((r) => r.changeFromPreviousPct !== null)
          .sort((a, b) => Math.abs(b.changeFromPreviousPct!) - Math.abs(a.changeFromPreviousPct!))
          .slice(0, 3)
          .map((r) => ({
            code: r.code,
            title: r.title,
            changeFromPreviousPct: r.changeFromPreviousPct!,
            judgement: r.judgement,
          })),
      };
    })
    .filter((s) => s.indicators > 0);
}
