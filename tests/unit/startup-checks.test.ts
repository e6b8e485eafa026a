import { describe, expect, it } from "vitest";
import { startupProblems } from "@/lib/startup-checks";

describe("startupProblems", () => {
  it("refuses to start without AUTH_SECRET, saying what to set", () => {
    const [problem] = startupProblems({});
    expect(problem).toMatch(/^AUTH_SECRET is not set\./);
    expect(problem).toContain("openssl rand -base64 32");
  });

  it("refuses a short secret and accepts a long one", () => {
    expect(startupProblems({ AUTH_SECRET: "secret" })[0]).toMatch(/too short/);
    expect(startupProblems({ AUTH_SECRET: "x".repeat(43) })).toEqual([]);
  });
});
