// Every action and route handler of lib/auth/routes.ts that is not already in
// role-matrix.test.ts (commentary, approvals, notifications), called as each
// kind of person — anonymous, board member (of the paper's board and of
// another), reporter, manager in and out of scope, admin — allowed or refused
// as the registry's permission says. A refusal writes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, boardMembers, boards, commentaries, indicators, snapshotPdfs, snapshots } from "@/db/schema";
import { pdfMac } from "@/lib/snapshots/pdf-store";
import { addBoardMember, createBoard, removeBoardMember } from "@/lib/actions/boards/core";
import type { ActionContext } from "@/lib/actions/define-action";
import { closeMonth, reopenMonth } from "@/lib/actions/months/core";
import type { ActionResult } from "@/lib/actions/result";
import { answerQuestion, askQuestion, recordResolution } from "@/lib/actions/snapshots/meeting";
import { createSnapshotDraft, publishSnapshot, startCorrection } from "@/lib/actions/snapshots/papers";
import type { SessionUser } from "@/lib/auth/roles";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

// Route handlers read the person from the session and the database from the
// process: both pointed at this test's.
let currentActor: SessionUser | null = null;
const { handle, world, mailer } = withCommentaryWorld();
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => currentActor,
  // read on its own here: the real one comes with the signed-in person's query
  requestDataVersion: async () => (await import("@/lib/data-version")).currentDataVersion(handle.db),
}));
vi.mock("@/db/client", async (original) => ({ ...(await original<object>()), getDb: async () => handle.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let otherBoardMember: SessionUser;
let demoBoardId: number;

type Who = "anonymous" | "board member" | "member of another board" | "reporter" | "manager of another service" | "manager" | "admin";
const EVERYONE: Who[] = ["anonymous", "board member", "member of another board", "reporter", "manager of another service", "manager", "admin"];
const actor = (who: Who): SessionUser | null => (who === "member of another board" ? otherBoardMember : world.actors[who]);
const ctx = (who: Who): ActionContext => ({ db: handle.db, actor: actor(who), mailer });
const auditCount = async () => Number((await handle.db.select({ n: sql<number>`count(*)` }).from(auditEvents))[0].n);

beforeAll(async () => {
  const [paper] = await handle.db.select().from(snapshots).limit(1);
  demoBoardId = paper.boardId;
  const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "other.member@lantern.example", name: "Other Member", roles: ["board_member"], password: "a-long-password-1" } });
  const [other] = await handle.db.insert(boards).values({ authorityId: paper.authorityId, name: "Another board" }).returning();
  await handle.db.insert(boardMembers).values({ boardId: other.id, userId: id });
  otherBoardMember = (await loadSessionUser({ db: handle.db, userId: id }))!;
});

/** A published front-door paper of the demo board, made by the admin. */
async function frontDoorPaper(publish = true): Promise<number> {
  const made = await createSnapshotDraft(ctx("admin"), { boardId: demoBoardId, title: "Front door paper", meetingDate: "2020-06-01", period: "2020-04", services: ["front-door"] });
  if (!made.ok) throw new Error(made.message);
  if (publish) {
    const published = await publishSnapshot(ctx("admin"), { snapshotId: made.data.id });
    if (!published.ok) throw new Error(published.message);
  }
  return made.data.id;
}

interface ActionCase {
  name: string;
  allowed: Who[];
  prepare: () => Promise<unknown>;
  run: (c: ActionContext, input: unknown) => Promise<ActionResult<unknown>>;
}

let n = 0;
const ACTION_CASES: ActionCase[] = [
  {
    name: "createSnapshotDraft (front door)",
    allowed: ["manager", "admin"],
    prepare: async () => ({ boardId: demoBoardId, title: "Draft", meetingDate: "2020-06-01", period: "2020-04", services: ["front-door"] }),
    run: createSnapshotDraft,
  },
  { name: "publishSnapshot (front door)", allowed: ["manager", "admin"], prepare: async () => ({ snapshotId: await frontDoorPaper(false) }), run: publishSnapshot },
  { name: "startCorrection (front door)", allowed: ["manager", "admin"], prepare: async () => ({ snapshotId: await frontDoorPaper(), reason: "A figure was wrong" }), run: startCorrection },
  { name: "recordResolution (front door)", allowed: ["manager", "admin"], prepare: async () => ({ snapshotId: await frontDoorPaper(), body: "AGREED: noted" }), run: recordResolution },
  {
    name: "askQuestion (demo board's paper)",
    allowed: ["board member"],
    prepare: async () => ({ snapshotId: await frontDoorPaper(), indicatorCode: "M1", body: "Why did contacts fall?" }),
    run: askQuestion,
  },
  {
    name: "answerQuestion (on a front-door indicator)",
    allowed: ["manager", "admin"],
    prepare: async () => {
      const snapshotId = await frontDoorPaper();
      const asked = await askQuestion(ctx("board member"), { snapshotId, indicatorCode: "M1", body: "Why did contacts fall?" });
      if (!asked.ok) throw new Error(asked.message);
      return { questionId: asked.data.id, answer: "Fewer police notifications." };
    },
    run: answerQuestion,
  },
  { name: "createBoard", allowed: ["admin"], prepare: async () => ({ name: `Board ${++n}` }), run: createBoard },
  {
    name: "addBoardMember",
    allowed: ["admin"],
    prepare: async () => {
      const [board] = await handle.db.insert(boards).values({ authorityId: 1, name: `Members board ${++n}` }).returning();
      return { boardId: board.id, email: "reporter@lantern.example" };
    },
    run: addBoardMember,
  },
  {
    name: "removeBoardMember",
    allowed: ["admin"],
    prepare: async () => {
      const [board] = await handle.db.insert(boards).values({ authorityId: 1, name: `Members board ${++n}` }).returning();
      await handle.db.insert(boardMembers).values({ boardId: board.id, userId: otherBoardMember.id });
      return { boardId: board.id, userId: otherBoardMember.id };
    },
    run: removeBoardMember,
  },
  { name: "closeMonth", allowed: ["admin"], prepare: async () => (await reopenMonth(ctx("admin"), { period: MAY }), { period: MAY }), run: closeMonth },
  { name: "reopenMonth", allowed: ["admin"], prepare: async () => (await closeMonth(ctx("admin"), { period: MAY }), { period: MAY }), run: reopenMonth },
];

describe("actions, as each kind of person", () => {
  for (const c of ACTION_CASES) {
    for (const who of EVERYONE) {
      const allowed = c.allowed.includes(who);
      it(`${c.name}: ${who} is ${allowed ? "allowed" : "refused"}`, async () => {
        const input = await c.prepare();
        const before = await auditCount();
        const result = await c.run(ctx(who), input);
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: who === "anonymous" ? "unauthenticated" : "forbidden" });
          expect(await auditCount()).toBe(before);
        }
      });
    }
  }
});

interface RouteCase {
  name: string;
  /** status per person; anyone not named gets `otherwise` */
  expect: Partial<Record<Who, number>>;
  otherwise: number;
  call: () => Promise<Response>;
}

const local = "http://127.0.0.1:3000";
const sameSite = { origin: local, host: "127.0.0.1:3000" };
let paperId = 0;

const ROUTE_CASES: RouteCase[] = [
  {
    name: "GET /api/scorecards/[period]",
    expect: { anonymous: 401, "board member": 403, "member of another board": 403 },
    otherwise: 200,
    call: async () => (await import("@/app/api/scorecards/[period]/route")).GET(new Request(`${local}/api/scorecards/2020-04?service=front-door`), { params: Promise.resolve({ period: "2020-04" }) }),
  },
  {
    name: "GET /api/export/[period]",
    expect: { anonymous: 401, "board member": 403, "member of another board": 403 },
    otherwise: 200,
    call: async () => (await import("@/app/api/export/[period]/route")).GET(new Request(`${local}/api/export/2020-04?format=csv`), { params: Promise.resolve({ period: "2020-04" }) }),
  },
  {
    name: "GET /scorecards/[service]/[period]/export",
    expect: { anonymous: 401, "board member": 403, "member of another board": 403 },
    otherwise: 200,
    call: async () =>
      (await import("@/app/scorecards/[service]/[period]/export/route")).GET(new Request(`${local}/scorecards/front-door/2020-04/export?format=csv`), {
        params: Promise.resolve({ service: "front-door", period: "2020-04" }),
      }),
  },
  {
    name: "GET /scorecards/[service]/[period]/nearest (a month with no figures)",
    expect: { anonymous: 401, "board member": 403, "member of another board": 403 },
    otherwise: 200,
    call: async () =>
      (await import("@/app/scorecards/[service]/[period]/nearest/route")).GET(new Request(`${local}/scorecards/front-door/2030-01/nearest`), {
        params: Promise.resolve({ service: "front-door", period: "2030-01" }),
      }),
  },
  {
    name: "POST /api/import/values",
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
    call: async () =>
      (await import("@/app/api/import/values/route")).POST(
        new Request(`${local}/api/import/values?file=m.csv`, { method: "POST", headers: sameSite, body: "indicator,period,value\nM1,2020-05,1150\n" }),
      ),
  },
  {
    name: "GET /api/import/templates/[kind]",
    expect: { anonymous: 401, admin: 200 },
    otherwise: 403,
    call: async () => (await import("@/app/api/import/templates/[kind]/route")).GET(new Request(`${local}/api/import/templates/values`), { params: Promise.resolve({ kind: "values" }) }),
  },
  {
    name: "POST /commentary/autosave (front-door M1)",
    expect: { anonymous: 401, reporter: 200, manager: 200, admin: 200 },
    otherwise: 403,
    call: async () => {
      const [m1] = await handle.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "M1"));
      const route = await import("@/app/commentary/autosave/route");
      // Save from whatever version is there now, so each allowed person's save is a fresh one.
      const [row] = await handle.db.select({ version: commentaries.version }).from(commentaries).where(and(eq(commentaries.indicatorId, m1.id), eq(commentaries.period, MAY)));
      const body = JSON.stringify({ indicatorId: m1.id, period: MAY, body: "Contacts fell.", expectedVersion: row?.version ?? 0 });
      return route.POST(new Request(`${local}/commentary/autosave`, { method: "POST", headers: sameSite, body }));
    },
  },
  {
    name: "GET /snapshots/[id]/pdf (the demo board's paper)",
    expect: { anonymous: 401, "member of another board": 403 },
    otherwise: 200,
    call: async () =>
      (await import("@/app/snapshots/[id]/pdf/route")).GET(new Request(`${local}/snapshots/${paperId}/pdf`), { params: Promise.resolve({ id: String(paperId) }) }),
  },
  {
    name: "GET /api/health",
    expect: {},
    otherwise: 200,
    call: async () => (await import("@/app/api/health/route")).GET(),
  },
];

describe("route handlers, as each kind of person", () => {
  beforeAll(async () => {
    paperId = await frontDoorPaper();
    // A stored PDF, so the allowed readers get bytes without starting Chromium.
    const bytes = Buffer.from("%PDF-1.7 stored");
    await handle.db.insert(snapshotPdfs).values({ snapshotId: paperId, bytes, pages: 1, mac: pdfMac({ variant: "paper", snapshotId: paperId, rules: "", bytes }) });
  });

  for (const c of ROUTE_CASES) {
    for (const who of EVERYONE) {
      const status = c.expect[who] ?? c.otherwise;
      it(`${c.name}: ${who} gets ${status}`, async () => {
        currentActor = actor(who);
        const response = await c.call();
        expect(response.status, await response.clone().text().then((t) => t.slice(0, 200))).toBe(status);
      });
    }
  }

  it("refuses the same posts from another site, or with no Origin, even for the admin", async () => {
    currentActor = actor("admin");
    const route = await import("@/app/api/import/values/route");
    const csv = "indicator,period,value\nM1,2020-05,1150\n";
    const foreign = await route.POST(new Request(`${local}/api/import/values`, { method: "POST", headers: { origin: "https://evil.example", host: "127.0.0.1:3000", "content-type": "text/plain" }, body: csv }));
    expect(foreign.status).toBe(403);
    const autosave = await import("@/app/commentary/autosave/route");
    const none = await autosave.POST(new Request(`${local}/commentary/autosave`, { method: "POST", headers: { host: "127.0.0.1:3000" }, body: "{}" }));
    expect(none.status).toBe(403);
  });

  it("answers a malformed or out-of-range paper id with 400, and an id with no paper with 404", async () => {
    currentActor = actor("admin");
    const { GET } = await import("@/app/snapshots/[id]/pdf/route");
    for (const id of ["99999999999999999999", "9007199254740993", "2147483648", "1e3", "-1"]) {
      expect((await GET(new Request(`${local}/snapshots/${id}/pdf`), { params: Promise.resolve({ id }) })).status, id).toBe(400);
    }
    expect((await GET(new Request(`${local}/snapshots/2147483647/pdf`), { params: Promise.resolve({ id: "2147483647" }) })).status).toBe(404);
  });

  it("answers each failure the same way on every route: 400 bad input, 401 nobody, 403 not allowed, 404 not there", async () => {
    const scorecards = (await import("@/app/api/scorecards/[period]/route")).GET;
    const nearest = (await import("@/app/scorecards/[service]/[period]/nearest/route")).GET;
    const exported = (await import("@/app/scorecards/[service]/[period]/export/route")).GET;
    const pdf = (await import("@/app/snapshots/[id]/pdf/route")).GET;
    const xlsx = (await import("@/app/reports/[period]/xlsx/route")).GET;
    const template = (await import("@/app/api/import/templates/[kind]/route")).GET;
    const at = (url: string) => new Request(`${local}${url}`);
    const params = <P,>(p: P) => ({ params: Promise.resolve(p) });
    const cases: [Who, () => Promise<Response>, number, RegExp][] = [
      ["admin", () => scorecards(at("/api/scorecards/2020-04?service=nope"), params({ period: "2020-04" })), 400, /^service: "nope" is not a service area/],
      ["admin", () => scorecards(at("/api/scorecards/2020-4"), params({ period: "2020-4" })), 400, /^period: give the month as YYYY-MM/],
      ["admin", () => nearest(at("/scorecards/nope/2020-04/nearest"), params({ service: "nope", period: "2020-04" })), 400, /^service: "nope" is not a service area/],
      ["admin", () => exported(at("/scorecards/nope/2020-04/export"), params({ service: "nope", period: "2020-04" })), 400, /^service: "nope" is not a service area/],
      ["admin", () => exported(at("/scorecards/front-door/2020-04/export?format=pdf"), params({ service: "front-door", period: "2020-04" })), 400, /^format: use csv or xlsx$/],
      ["admin", () => pdf(at("/snapshots/abc/pdf"), params({ id: "abc" })), 400, /^id: "abc" is not an id$/],
      ["admin", () => template(at("/api/import/templates/nope"), params({ kind: "nope" })), 400, /^kind: "nope" is not an import kind/],
      ["anonymous", () => scorecards(at("/api/scorecards/2020-04"), params({ period: "2020-04" })), 401, /^Sign in to do this\.$/],
      ["anonymous", () => pdf(at("/snapshots/abc/pdf"), params({ id: "abc" })), 401, /^Sign in to do this\.$/],
      ["board member", () => nearest(at("/scorecards/nope/2020-04/nearest"), params({ service: "nope", period: "2020-04" })), 403, /^You do not have permission/],
      ["member of another board", () => exported(at("/scorecards/front-door/2020-04/export"), params({ service: "front-door", period: "2020-04" })), 403, /^You do not have permission/],
      ["reporter", () => template(at("/api/import/templates/values"), params({ kind: "values" })), 403, /^You do not have permission/],
      ["admin", () => xlsx(at("/reports/1900-01/xlsx"), params({ period: "1900-01" })), 404, /^No figures have been loaded for 1900-01\.$/],
      ["admin", () => pdf(at("/snapshots/2147483647/pdf"), params({ id: "2147483647" })), 404, /^No such paper\.$/],
    ];
    const CODE: Record<number, string> = { 400: "invalid", 401: "unauthenticated", 403: "forbidden", 404: "not_found" };
    for (const [who, call, status, message] of cases) {
      currentActor = actor(who);
      const response = await call();
      const body = await response.json();
      expect({ status: response.status, body }, `${who}: ${message}`).toEqual({ status, body: { ok: false, code: CODE[status], message: expect.stringMatching(message) } });
    }
  });
});
