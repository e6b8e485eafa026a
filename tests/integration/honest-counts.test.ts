// An indicator with no figure for the month is "no figure yet": it is not
// counted as waiting, no commentary is asked for it, and a service with no
// figures for the month offers no scorecard link (that month would be a 404).
import { describe, expect, it } from "vitest";
import { scorecardApprovalStates } from "@/lib/queries/approvals";
import { myCommentary } from "@/lib/queries/commentary";
import { overviewFor } from "@/lib/queries/overview";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

// May 2020 has figures for the front door only
const { handle, world } = withCommentaryWorld();

describe("a month where most services have no figures", () => {
  it("the overview counts their indicators as 'no figure yet', not waiting, and marks them as having no scorecard", async () => {
    const services = await overviewFor({ db: handle.db, period: MAY });
    const frontDoor = services.find((s) => s.key === "front-door")!;
    expect(frontDoor.withFigures).toBe(9);
    expect(frontDoor.commentary).toMatchObject({ waiting: 9, noFigure: 0 });
    const others = services.filter((s) => s.key !== "front-door");
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) {
      expect(s.withFigures).toBe(0);
      expect(s.commentary.waiting).toBe(0);
      expect(s.commentary.noFigure).toBe(s.indicators);
      expect(s.rows.every((r) => r.commentaryStatus === "no_figure")).toBe(true);
    }
  });

  it("asks a reporter for commentary only on indicators with a figure", async () => {
    const mine = await myCommentary({ db: handle.db, user: world.namedReporter, period: MAY, today: "2020-06-01" });
    // head.of.mash@ is named on early-help and child-protection indicators too; they have no May figures
    expect(mine.rows.map((r) => r.code)).toEqual(["M1", "M2", "M3", "M2-NI", "M8-QL"]);
  });

  it("puts no indicator without a figure before a manager's approval", async () => {
    const [earlyHelp] = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["early-help"] });
    expect(earlyHelp.indicators).toEqual([]);
    expect(earlyHelp.ready).toBe(false);
    const [frontDoor] = await scorecardApprovalStates({ db: handle.db, period: MAY, serviceKeys: ["front-door"] });
    expect(frontDoor.indicators).toHaveLength(9);
  });
});
