import { describe, expect, it } from "vitest";
import { isConcurrentConflict, sqlState } from "@/lib/db-errors";

describe("isConcurrentConflict", () => {
  it("recognises a unique violation, serialization failure or deadlock, wrapped or not", () => {
    expect(isConcurrentConflict(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(true);
    const drizzleWrapped = Object.assign(new Error("Failed query: insert …"), { cause: Object.assign(new Error("dup"), { code: "23505" }) });
    expect(isConcurrentConflict(drizzleWrapped)).toBe(true);
    expect(isConcurrentConflict({ code: "40001" })).toBe(true);
    expect(isConcurrentConflict({ code: "40P01" })).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isConcurrentConflict(new Error("boom"))).toBe(false);
    expect(isConcurrentConflict(Object.assign(new Error("x"), { code: "23503" }))).toBe(false);
    expect(isConcurrentConflict(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe(false);
    expect(isConcurrentConflict(null)).toBe(false);
    expect(sqlState({ cause: { cause: { code: "23514" } } })).toBe("23514");
  });
});
