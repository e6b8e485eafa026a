import { describe, expect, it } from "vitest";
import { latestEndedBy, periodEndOf } from "@/lib/benchmarks/as-of";

describe("when a benchmark year's period ends", () => {
  it("a financial or reporting year ends on 31 March", () => {
    expect(periodEndOf("2019/20")).toBe("2020-03");
    expect(periodEndOf("2020", "Reporting year")).toBe("2020-03");
    expect(periodEndOf("201920", "Financial year")).toBe("2020-03");
    expect(periodEndOf("1999/00")).toBe("2000-03");
  });

  it("a snapshot at 31 March ends that March", () => {
    expect(periodEndOf("2020", "As at 31 March")).toBe("2020-03");
    expect(periodEndOf("31 March 2020")).toBe("2020-03");
    expect(periodEndOf("at 31 March 2020")).toBe("2020-03");
  });

  it("an academic year ends in August, a calendar year in December", () => {
    expect(periodEndOf("201920", "Academic year")).toBe("2020-08");
    expect(periodEndOf("2019/20", "Academic year")).toBe("2020-08");
    expect(periodEndOf("2019")).toBe("2019-12");
    expect(periodEndOf("2019", "Calendar year")).toBe("2019-12");
  });

  it("a year it cannot read has no end", () => {
    expect(periodEndOf("2019/21")).toBeNull();
    expect(periodEndOf("latest")).toBeNull();
    expect(periodEndOf("")).toBeNull();
  });
});

describe("the year a month is compared with", () => {
  const years = ["2017/18", "2018/19", "2019/20", "2020/21", "2024/25", "nonsense"];
  const pick = (period: string) => latestEndedBy(years, period, (y) => periodEndOf(y));

  it.each([
    { month: "2020-04", year: "2019/20" }, { month: "2020-03", year: "2019/20" }, { month: "2020-02", year: "2018/19" },
    { month: "2021-03", year: "2020/21" }, { month: "2026-01", year: "2024/25" },
  ])("is the latest year that had ended by the month, never a later one: $month compares with $year", ({ month, year }) => {
    expect(pick(month)).toBe(year);
  });

  it("is none when no year had ended", () => {
    expect(pick("2018-03")).toBe("2017/18");
    expect(pick("2018-02")).toBeNull();
  });

  it("takes a year published later about an earlier period (the period is what counts)", () => {
    const releases = [
      { year: "2019/20", published: "2020-10" },
      { year: "2018/19", published: "2019-10" },
    ];
    expect(latestEndedBy(releases, "2020-04", (r) => periodEndOf(r.year))?.year).toBe("2019/20");
  });
});
