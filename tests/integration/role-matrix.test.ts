// Every server action of the commentary and approval cycle, called directly
// (not through the UI) as each kind of person, allowed or refused as
// docs/domain.md "People and what they may do" says. A refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, commentaries, scorecardApprovals } from "@/db/schema";
import { approveCommentary, markNoCommentaryNeeded, restoreCommentaryVersion, returnCommentary, saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import type { ActionContext } from "@/lib/actions/define-action";
import { markNotificationsRead } from "@/lib/actions/notifications/core";
import type { ActionResult } from "@/lib/actions/result";
import { approveScorecard } from "@/lib/actions/approvals/core";
import { MAY, writeNarrative, type ActorName, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, mailer } = withCommentaryWorld();
let M1: number;
const ctx = (actor: ActorName | "setup"): ActionContext => ({
  db: handle.db,
  actor: actor === "setup" ? world.actors.admin : world.actors[actor],
  mailer,
});

beforeAll(async () => {
  M1 = await world.indicatorId("M1");
});

const ACTORS: ActorName[] = [
  "anonymous",
  "board member",
  "reporter of another service",
  "reporter",
  "manager of another service",
  "manager",
  "admin",
];

async function clearM1() {
  await handle.db.delete(commentaries).where(and(eq(commentaries.indicatorId, M1), eq(commentaries.period, MAY)));
}

interface Case {
  action: string;
  allowed: ActorName[];
  /** puts the data in the state the action starts from; returns the input */
  prepare: () => Promise<unknown>;
  run: (ctx: ActionContext, input: unknown) => Promise<ActionResult<unknown>>;
}

const WRITERS: ActorName[] = ["reporter", "manager", "admin"];
const APPROVERS: ActorName[] = ["manager", "admin"];

const submittedM1 = async () => {
  await clearM1();
  const r = await submitCommentary(ctx("setup"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "Submitted text." });
  expect(r.ok).toBe(true);
};

const CASES: Case[] = [
  {
    action: "save a draft",
    allowed: WRITERS,
    prepare: async () => (await clearM1(), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "A draft." }),
    run: saveCommentary,
  },
  {
    action: "submit",
    allowed: WRITERS,
    prepare: async () => (await clearM1(), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "Ready for the manager." }),
    run: submitCommentary,
  },
  {
    action: "restore a version",
    allowed: WRITERS,
    prepare: async () => {
      await clearM1();
      await saveCommentary(ctx("setup"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "one" });
      await saveCommentary(ctx("setup"), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "two" });
      return { indicatorId: M1, period: MAY, expectedVersion: 2, fromVersion: 1 };
    },
    run: restoreCommentaryVersion,
  },
  {
    action: "return with a note",
    allowed: APPROVERS,
    prepare: async () => (await submittedM1(), { indicatorId: M1, period: MAY, expectedVersion: 1, note: "Please add why." }),
    run: returnCommentary,
  },
  {
    action: "approve",
    allowed: APPROVERS,
    prepare: async () => (await submittedM1(), { indicatorId: M1, period: MAY, expectedVersion: 1 }),
    run: approveCommentary,
  },
  {
    action: "edit then approve",
    allowed: APPROVERS,
    prepare: async () => (await submittedM1(), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "Edited by the manager." }),
    run: approveCommentary,
  },
  {
    action: "mark as needing no commentary",
    allowed: APPROVERS,
    prepare: async () => (await clearM1(), { indicatorId: M1, period: MAY, expectedVersion: 0, reason: "Covered elsewhere." }),
    run: markNoCommentaryNeeded,
  },
  {
    action: "approve the scorecard",
    allowed: APPROVERS,
    prepare: async () => {
      await settleFrontDoor();
      await handle.db.delete(scorecardApprovals);
      return { serviceKey: "front-door", period: MAY };
    },
    run: approveScorecard,
  },
  {
    action: "mark own notifications read",
    allowed: ["board member", "reporter of another service", "reporter", "manager of another service", "manager", "admin"],
    prepare: async () => ({}),
    run: markNotificationsRead,
  },
];

/** Every front-door indicator's May commentary marked not needed, so the scorecard may be approved. */
async function settleFrontDoor() {
  const ids = await Promise.all(["M1", "M2", "M3", "M2-NI", "M8-QL", "M6-QL (val)", "M6-QL", "M4", "M5"].map((c) => world.indicatorId(c)));
  for (const id of ids) {
    await handle.db.delete(commentaries).where(and(eq(commentaries.indicatorId, id), eq(commentaries.period, MAY)));
    await markNoCommentaryNeeded(ctx("setup"), { indicatorId: id, period: MAY, expectedVersion: 0, reason: "matrix set-up" });
  }
  await writeNarrative(handle.db, "front-door", MAY);
}

const auditCount = async () => Number((await handle.db.select({ n: sql<number>`count(*)` }).from(auditEvents))[0].n);

describe("role × action matrix", () => {
  for (const c of CASES) {
    for (const actor of ACTORS) {
      const allowed = c.allowed.includes(actor);
      it(`${c.action}: ${actor} is ${allowed ? "allowed" : "refused"}`, async () => {
        const input = await c.prepare();
        const before = await auditCount();
        const result = await c.run(ctx(actor), input);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: actor === "anonymous" ? "unauthenticated" : "forbidden" });
          expect(await auditCount()).toBe(before);
        }
      });
    }
  }

  it("covers every action of the cycle for all seven kinds of person", () => {
    expect(CASES).toHaveLength(9);
    expect(ACTORS).toHaveLength(7);
  });
});
