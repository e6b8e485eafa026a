import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/auth/safe-next";

describe("safeNext", () => {
  it.each([
    ["/approvals", "/approvals"],
    ["/scorecards/cp/2020-04?sort=rag#row-3", "/scorecards/cp/2020-04?sort=rag#row-3"],
    ["/indicators/M6-QL%20(val)", "/indicators/M6-QL%20(val)"],
    ["/", "/"],
  ])("keeps the same-site path %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    "//example.org/x",
    "/\\example.org/x",
    "/\\/example.org",
    "\\\\example.org",
    "/%5Cexample.org/x",
    "/%5cexample.org/x",
    "/%2F/example.org",
    "/%2f%2fexample.org",
    "%2F%2Fexample.org",
    "/%252F%252Fexample.org",
    "/%255Cexample.org",
    "/\t/example.org",
    "/\n/example.org",
    "/ /example.org",
    "https://example.org/x",
    "http:example.org",
    "javascript:alert(1)",
    "example.org",
    "/%E0%A4%A",
    "/%09/example.org",
    "/%0a/example.org",
    "",
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("refuses a very long value", () => {
    expect(safeNext("/" + "a".repeat(3000))).toBe("/");
  });

  it("refuses what is not a string, and uses the fallback given", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(null, "/board")).toBe("/board");
    expect(safeNext(["/a"])).toBe("/");
  });
});
