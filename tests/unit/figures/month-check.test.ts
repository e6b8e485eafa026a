// The month format "YYYY-MM" is checked by one function (isPeriod): the
// actions' zod field and the importer's cell reader agree with it on every case.
import { describe, expect, it } from "vitest";
import { month } from "@/lib/actions/fields";
import { isPeriod } from "@/lib/figures/periods";
import { parseMonth } from "@/lib/import/cells";

const CASES: [string, boolean][] = [
  ["2020-04", true],
  ["2019-12", true],
  ["2020-01", true],
  ["2020-4", false],
  ["2020-13", false],
  ["2020-00", false],
  ["20-04", false],
  ["02020-04", false],
  [" 2020-04", false],
  ["2020-04 ", false],
  ["2020/04", false],
  ["April 2020", false],
  ["", false],
];

describe("one month check", () => {
  it.each(CASES)("%j → %s everywhere", (text, valid) => {
    expect(isPeriod(text)).toBe(valid);
    expect(month.safeParse(text).success).toBe(valid);
    expect(parseMonth(text, "9999-12").ok).toBe(valid);
  });

  it("the zod field refuses with one plain message", () => {
    const parsed = month.safeParse("2020-13");
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.message)).toEqual(["Month must be written YYYY-MM"]);
  });
});
