// A refused page speaks to the person refused about their own role only.
import { describe, expect, it } from "vitest";
import { forbiddenExplanation } from "@/lib/auth/forbidden-text";
import type { SessionUser } from "@/lib/auth/roles";

const person = (roles: SessionUser["roles"]): SessionUser => ({ id: "x", email: "x@example.gov.uk", name: "X", roles, managerOf: [], reporterOf: [], reportsOnIndicatorIds: [], boardIds: [] });

describe("the 403 page's words", () => {
  it("tells a reporter what reporters do, and nothing about board members", () => {
    const text = forbiddenExplanation(person(["reporter"]));
    expect(text).toMatch(/Reporters see the scorecards/);
    expect(text).not.toMatch(/[Bb]oard member/);
  });
  it("tells a board member about board papers, and a manager about managing", () => {
    expect(forbiddenExplanation(person(["board_member"]))).toMatch(/Board members read the published board papers/);
    expect(forbiddenExplanation(person(["manager"]))).toMatch(/Managers see/);
    expect(forbiddenExplanation(person([]))).toMatch(/no role yet/);
  });
});
