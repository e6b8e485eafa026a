// The plan an import would carry out, row by row (pure): what is new, what
// revises a stored figure (and what it replaces), what is unchanged; the
// months it opens; and a digest that changes when the stored figures move.
import { describe, expect, it } from "vitest";
import { planDigest, planIndicators, planValues, type CurrentIndicator, type CurrentValue } from "@/lib/import/plan";
import type { IndicatorRecord, ValueRecord } from "@/lib/import/records";

const ids = new Map([["M1", 1], ["M2", 2]]);
const value = (row: number, indicator: string, period: string, v: number, note: string | null = null): ValueRecord => ({
  row, indicator, period, value: v, numerator: null, denominator: null, note,
});
const stored = (id: number, v: number, extra: Partial<CurrentValue> = {}): CurrentValue => ({
  id, value: v, numerator: null, denominator: null, note: null, revision: 1, by: "Alex Admin", at: new Date("2020-05-03T09:00:00Z"), ...extra,
});

describe("planValues", () => {
  const current = new Map([["1|2020-04", stored(10, 1147)], ["2|2020-04", stored(11, 262)]]);
  const records = [value(2, "M1", "2020-04", 1200), value(3, "M2", "2020-04", 262), value(4, "M1", "2020-05", 1102), value(5, "M2", "2020-04", 262, "re-run")];

  it("new, revised (with the figure it replaces and who loaded it) and unchanged", () => {
    const plan = planValues(records.slice(0, 3), ids, current, new Set(["2020-04"]));
    expect(plan.counts).toEqual({ new: 1, revised: 1, unchanged: 1 });
    expect(plan.items.map((i) => [i.row, i.change, i.beforeText, i.afterText, i.beforeBy])).toEqual([
      [2, "revised", "1147", "1200", "Alex Admin"],
      [3, "unchanged", "262", "262", "Alex Admin"],
      [4, "new", null, "1102", null],
    ]);
    expect(plan.opens).toEqual(["2020-05"]);
  });

  it("a changed note alone is a revision", () => {
    expect(planValues([records[3]], ids, current, new Set()).items[0]).toMatchObject({ change: "revised", afterText: "262; note: re-run" });
  });

  it("the digest changes when the stored figures move, and only then", () => {
    const a = planDigest(planValues(records, ids, current, new Set(["2020-04"])));
    expect(planDigest(planValues(records, ids, new Map(current), new Set(["2020-04"])))).toBe(a);
    const moved = new Map(current).set("1|2020-04", stored(12, 1150, { revision: 2 }));
    expect(planDigest(planValues(records, ids, moved, new Set(["2020-04"])))).not.toBe(a);
  });
});

describe("planIndicators", () => {
  const record: IndicatorRecord = {
    row: 2, code: "M1", title: "Contacts", service: "front-door", polarity: "info", unit: "count", aggregation: "sum", decimals: 0,
    frequency: "monthly", basis: "month", greenMin: null, greenMax: null, amberMin: null, amberMax: null, target: null, outcome: null, definition: null,
    owner: null, reporter: null, councilPlan: false,
  };
  const { row: _row, ...fields } = record;
  const current = new Map<string, CurrentIndicator>([["M1", { ...fields, id: 1, sortOrder: 1, ownerId: null, reporterId: null, bandsIllustrative: false, by: null, at: null }]]);

  it("unchanged when every field and the place are the same; otherwise names the fields", () => {
    expect(planIndicators([record], current).counts).toEqual({ new: 0, revised: 0, unchanged: 1 });
    const renamed = planIndicators([{ ...record, title: "Contacts received", target: 420 }], current).items[0];
    expect(renamed).toMatchObject({ change: "revised", beforeText: "title: Contacts; target: blank", afterText: "title: Contacts received; target: 420" });
    expect(planIndicators([{ ...record, code: "M9" }], current).items[0]).toMatchObject({ change: "new", afterText: "Contacts" });
  });
});
