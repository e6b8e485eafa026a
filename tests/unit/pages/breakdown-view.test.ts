import { describe, expect, it } from "vitest";
import { atomHtml } from "@/components/ui/atom";
import { breakdownBars, breakdownTable } from "@/components/breakdown-chart";
import { breakdownView } from "@/lib/views/breakdown-view";

const placement = {
  dimension: { key: "placement type", label: "Placement type" },
  categories: [
    { key: "fostering", label: "Fostering" },
    { key: "residential", label: "Residential" },
    { key: "placed with parents", label: "Placed with parents" },
  ],
  counts: {
    "2020-03": { fostering: 300, residential: 40, "placed with parents": 150 },
    "2020-04": { fostering: 300, residential: 40, "placed with parents": 3 },
  },
  totals: { "2020-03": 490, "2020-04": 487 },
};

describe("a breakdown's chart and table", () => {
  it("stacks the months and gives the month's split with what is not recorded", () => {
    const view = breakdownView(placement, "2020-04");
    expect(view.months).toEqual(["2020-03", "2020-04"]);
    expect(view.series.map((s) => s.label)).toEqual(["Fostering", "Residential", "Placed with parents", "Not recorded"]);
    expect(view.split.map((r) => [r.label, r.value])).toEqual([
      ["Fostering", 300],
      ["Residential", 40],
      ["Placed with parents", 3],
      ["Not recorded", 144],
      ["Total", 487],
    ]);
    const table = atomHtml(breakdownTable(view, "LAC1 by placement type, April 2020")).toString();
    expect(table).toContain("<th scope=\"row\" class=\"px-3 py-2 text-left font-semibold\">Not recorded</th>");
    expect(atomHtml(breakdownBars(view)).toString().match(/<rect /g)?.length).toBe(3 + 4 + 4); // March (nothing unrecorded), April, the legend
  });

  it("shows small categories as c in a public release, with one more hidden across the dimension", () => {
    const view = breakdownView(placement, "2020-04", 5);
    expect(view.suppressed).toBe(true);
    expect(view.split.map((r) => r.value)).toEqual([300, "c", "c", 144, 487]);
    expect(atomHtml(breakdownTable(view, "t")).toString()).toContain(">c</td>");
  });
});
