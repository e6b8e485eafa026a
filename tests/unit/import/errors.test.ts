import { describe, expect, it } from "vitest";
import { formatImportError, sortImportErrors } from "@/lib/import";

describe("formatImportError", () => {
  it("writes file:row:column: reason", () => {
    expect(formatImportError({ file: "values.csv", row: 3, column: 3, reason: '"abc" in column "value" is not a number' })).toBe(
      'values.csv:3:3: "abc" in column "value" is not a number',
    );
  });

  it("leaves the column out when there is none", () => {
    expect(formatImportError({ file: "values.csv", row: 7, column: null, reason: "already loaded" })).toBe(
      "values.csv:7: already loaded",
    );
  });

  it("sorts by row then column, keeping the order of equal positions", () => {
    const e = (row: number, column: number | null, reason: string) => ({ file: "f", row, column, reason });
    expect(sortImportErrors([e(3, 1, "a"), e(2, 4, "b"), e(2, 1, "c"), e(2, 1, "d")]).map((x) => x.reason)).toEqual([
      "c",
      "d",
      "b",
      "a",
    ]);
  });
});
