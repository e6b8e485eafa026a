import { describe, expect, it } from "vitest";
import { INT4_MAX, parseId } from "@/lib/ids";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    [String(INT4_MAX), INT4_MAX],
  ])("reads %s", (raw, id) => expect(parseId(raw)).toBe(id));

  it.each([
    "0",
    "-1",
    "01",
    "1.5",
    "1e3",
    " 1",
    "0x10",
    "",
    "abc",
    String(INT4_MAX + 1),
    "9007199254740993",
    "99999999999999999999",
    "%E0%A4%A",
  ])("refuses %j", (raw) => expect(parseId(raw)).toBeNull());

  it("takes a larger maximum for bigint ids, still within safe integers", () => {
    expect(parseId("3000000000", Number.MAX_SAFE_INTEGER)).toBe(3_000_000_000);
    expect(parseId("9007199254740993", Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(parseId(5)).toBeNull();
    expect(parseId(undefined)).toBeNull();
  });
});
