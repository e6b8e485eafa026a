import { describe, expect, it } from "vitest";
import { adjacentMonths } from "@/lib/figures";

describe("moving between months with figures", () => {
  const months = ["2019-10", "2019-11", "2020-01", "2020-04", "2020-05"];
  it("skips months without figures", () => {
    expect(adjacentMonths(months, "2020-01")).toEqual({ previous: "2019-11", next: "2020-04" });
    expect(adjacentMonths(months, "2020-05")).toEqual({ previous: "2020-04", next: null });
    expect(adjacentMonths(months, "2019-10")).toEqual({ previous: null, next: "2019-11" });
  });
  it("offers the nearest months around a month with none", () => {
    expect(adjacentMonths(months, "1900-01")).toEqual({ previous: null, next: "2019-10" });
    expect(adjacentMonths(months, "2020-02")).toEqual({ previous: "2020-01", next: "2020-04" });
    expect(adjacentMonths([], "2020-02")).toEqual({ previous: null, next: null });
  });
});
