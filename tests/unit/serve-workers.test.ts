import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/config/env";
import { listenArgs, workerCount } from "../../scripts/serve";

describe("how many server processes `npm run serve` starts (LANTERN_WORKERS)", () => {
  const pg = { DATABASE_URL: "postgres://db.example/lantern" };
  it("is one unless asked, and what is asked on PostgreSQL", () => {
    expect(workerCount(parseSettings({}))).toBe(1);
    expect(workerCount(parseSettings({ ...pg }))).toBe(1);
    expect(workerCount(parseSettings({ ...pg, LANTERN_WORKERS: "2" }))).toBe(2);
    expect(workerCount(parseSettings({ ...pg, LANTERN_WORKERS: "auto" }))).toBeGreaterThanOrEqual(1);
  });
  it("refuses more than one on the embedded database, which one process holds", () => {
    expect(workerCount(parseSettings({ LANTERN_WORKERS: "1" }))).toBe(1);
    expect(() => workerCount(parseSettings({ LANTERN_WORKERS: "2" }))).toThrow(/needs DATABASE_URL/);
  });
  it("names the setting when it is not a whole number of at least 1", () => {
    for (const bad of ["0", "-1", "1.5", "two"]) expect(() => parseSettings({ ...pg, LANTERN_WORKERS: bad })).toThrow(/^LANTERN_WORKERS must be a whole number of at least 1 or "auto"/);
  });
});

describe("where the server listens (PORT, HOSTNAME)", () => {
  it("is 127.0.0.1 unless HOSTNAME says, so nothing skips the reverse proxy in front", () => {
    expect(listenArgs([], parseSettings({}))).toEqual(["-p", "3000", "-H", "127.0.0.1"]);
    expect(listenArgs([], parseSettings({ PORT: "8080", HOSTNAME: "10.0.0.5" }))).toEqual(["-p", "8080", "-H", "10.0.0.5"]);
  });
  it("keeps the options given on the command line", () => {
    expect(listenArgs(["-p", "4000", "--hostname=::1"], parseSettings({ PORT: "8080", HOSTNAME: "0.0.0.0" }))).toEqual(["-p", "4000", "--hostname=::1"]);
  });
});
