import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { keptHtmlIn } from "@/lib/html/kept-html";
import { keptSlot, keptTable } from "@/lib/snapshots/table-cache";

// Two databases in one process (tests, tools) hold papers with the same ids.
const dbA = {} as Db;
const dbB = {} as Db;

describe("the published tables kept in the process", () => {
  it("builds a paper's table once per database, and never serves one database's table for another's paper", () => {
    let builds = 0;
    const build = (html: string) => () => (builds++, html);
    expect(keptTable({ db: dbA, snapshotId: 1, part: "front-door" })(build("<table>A</table>"))).toBe("<table>A</table>");
    // Same database, same paper and part: the kept table, not built again.
    expect(keptTable({ db: dbA, snapshotId: 1, part: "front-door" })(build("<table>changed</table>"))).toBe("<table>A</table>");
    expect(builds).toBe(1);
    // Same id in another database: its own table.
    expect(keptTable({ db: dbB, snapshotId: 1, part: "front-door" })(build("<table>B</table>"))).toBe("<table>B</table>");
    // Another part or paper in the first database: built separately.
    expect(keptTable({ db: dbA, snapshotId: 1, part: "cp" })(build("<table>A cp</table>"))).toBe("<table>A cp</table>");
    expect(keptTable({ db: dbA, snapshotId: 2, part: "front-door" })(build("<table>A2</table>"))).toBe("<table>A2</table>");
    expect(builds).toBe(4);
  });
});

describe("a kept paper's slot", () => {
  it("names the paper per database, and puts the kept HTML where the page's server render reads it", () => {
    const a = keptSlot({ db: dbA, snapshotId: 7, part: "paper:x" });
    const b = keptSlot({ db: dbB, snapshotId: 7, part: "paper:x" });
    expect(a.slot).not.toBe(b.slot);
    expect(keptSlot({ db: dbA, snapshotId: 7, part: "paper:x" }).slot).toBe(a.slot);
    expect(a.keep(() => "<div>A</div>")).toBe("<div>A</div>");
    expect(b.keep(() => "<div>B</div>")).toBe("<div>B</div>");
    expect(keptHtmlIn(a.slot)).toBe("<div>A</div>");
    expect(keptHtmlIn(b.slot)).toBe("<div>B</div>");
  });
});
