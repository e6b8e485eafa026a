import { describe, expect, it } from "vitest";
import { can, homePathFor, type Action } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/roles";

const person = (over: Partial<SessionUser>): SessionUser => ({
  id: "u",
  email: "u@x",
  name: "U",
  roles: [],
  managerOf: [],
  reporterOf: [],
  reportsOnIndicatorIds: [],
  boardIds: [],
  ...over,
});

const admin = person({ roles: ["admin"] });
const manager = person({ roles: ["manager"], managerOf: ["cp"] });
const reporter = person({ roles: ["reporter"], reportsOnIndicatorIds: [7] });
const serviceReporter = person({ roles: ["reporter"], reporterOf: ["front-door"] });
const board = person({ roles: ["board_member"], boardIds: [1] });

describe("can", () => {
  it("lets only staff read live scorecards; board members and anonymous never", () => {
    for (const staff of [admin, manager, reporter]) expect(can(staff, "scorecard.read")).toBe(true);
    expect(can(board, "scorecard.read")).toBe(false);
    expect(can(null, "scorecard.read")).toBe(false);
  });

  it("scopes commentary writing to a reporter's own indicators or service areas and a manager's services", () => {
    expect(can(reporter, "commentary.write", { indicatorId: 7, serviceKey: "cp" })).toBe(true);
    expect(can(reporter, "commentary.write", { indicatorId: 8, serviceKey: "cp" })).toBe(false);
    expect(can(serviceReporter, "commentary.write", { indicatorId: 99, serviceKey: "front-door" })).toBe(true);
    expect(can(serviceReporter, "commentary.write", { indicatorId: 99, serviceKey: "cp" })).toBe(false);
    expect(can(manager, "commentary.write", { indicatorId: 1, serviceKey: "cp" })).toBe(true);
    expect(can(manager, "commentary.write", { indicatorId: 1, serviceKey: "lac" })).toBe(false);
    expect(can(board, "commentary.write", { indicatorId: 7, serviceKey: "cp" })).toBe(false);
  });

  it("lets managers approve only in their service areas; reporters never", () => {
    expect(can(manager, "commentary.approve", { serviceKey: "cp" })).toBe(true);
    expect(can(manager, "scorecard.approve", { serviceKey: "lac" })).toBe(false);
    expect(can(reporter, "commentary.approve", { serviceKey: "cp" })).toBe(false);
    expect(can(admin, "scorecard.approve", { serviceKey: "lac" })).toBe(true);
  });

  it("keeps loading data, opening and closing months, the catalogue, users and the audit log to admins", () => {
    for (const action of ["data.load", "months.manage", "users.manage", "audit.read"] as Action[]) {
      expect(can(admin, action)).toBe(true);
      for (const other of [manager, reporter, board]) expect(can(other, action)).toBe(false);
    }
  });

  it("lets board members read and question only their own boards' papers", () => {
    expect(can(board, "snapshot.read", { boardId: 1 })).toBe(true);
    expect(can(board, "snapshot.read", { boardId: 2 })).toBe(false);
    expect(can(board, "question.ask", { boardId: 1 })).toBe(true);
    expect(can(board, "board.read")).toBe(true);
    expect(can(reporter, "board.read")).toBe(false);
  });

  it("sends board members to /board and staff to the overview", () => {
    expect(homePathFor(board)).toBe("/board");
    expect(homePathFor(reporter)).toBe("/");
    expect(homePathFor(person({ roles: ["board_member", "manager"] }))).toBe("/");
  });
});
