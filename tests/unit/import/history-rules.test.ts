import { describe, expect, it } from "vitest";
import { countsRecorded } from "@/lib/import/history-rules";

describe("whether an import's new / revised / unchanged counts were recorded", () => {
  it("is so when they add up to its rows (every import counts each row once), or it had none", () => {
    expect(countsRecorded({ rows: 5, inserted: 2, updated: 1, unchanged: 2 })).toBe(true);
    expect(countsRecorded({ rows: 0, inserted: 0, updated: 0, unchanged: 0 })).toBe(true);
  });
  it("is not for an import an older Lantern loaded: its counts are zeros beside its rows", () => {
    expect(countsRecorded({ rows: 5, inserted: 0, updated: 0, unchanged: 0 })).toBe(false);
  });
});
