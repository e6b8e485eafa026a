import { describe, expect, it } from "vitest";
import { errorForLog, isConcurrentConflict, sqlState } from "@/lib/db-errors";

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

describe("errorForLog", () => {
  it("never prints the statement or its parameters, only the driver's message and SQLSTATE", () => {
    const driver = Object.assign(new Error("invalid byte sequence for encoding \"UTF8\": 0x00"), { code: "22021" });
    const drizzle = Object.assign(new Error('Failed query: select * from api_tokens where token_hash = $1\nparams: 9f2c…e1,hint'), { name: "DrizzleQueryError", cause: driver });
    const line = errorForLog(drizzle);
    expect(line).toBe('DrizzleQueryError (SQLSTATE 22021): invalid byte sequence for encoding "UTF8": 0x00');
    expect(line).not.toMatch(/params|token_hash|9f2c/);
    expect(errorForLog(Object.assign(new Error("Failed query: x\nparams: secret"), { name: "DrizzleQueryError" }))).toBe("DrizzleQueryError: database error");
    expect(errorForLog(new Error("boom\n    at stack"))).toBe("Error: boom");
  });
});
