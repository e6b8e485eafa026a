import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { keptTable } from "@/lib/snapshots/table-cache";

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
