// Shared set-up for the commentary tests: the demo data, May 2020 front-door
// figures (a new month, open for commentary) and one person per role of the
// role × action matrix.
import fs from "node:fs";
import path from "node:path";
import { beforeAll } from "vitest";
import type { Db } from "@/db/client";
import { authorities, serviceNarratives } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/define-action";
import { importFile } from "@/lib/import/apply";
import { hashPassword } from "@/lib/auth/passwords";
import type { SessionUser } from "@/lib/auth/roles";
import { createFakeTransport } from "@/lib/notify/fake";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { withTestDb } from "../support/db";
import { TEST_DEMO_PASSWORD } from "../support/global-setup";

export const MAY = "2020-05";
const MAY_FILE = path.resolve(import.meta.dirname, "../fixtures/commentary/front-door-2020-05.csv");

export type ActorName =
  | "anonymous"
  | "board member"
  | "reporter of another service"
  | "reporter"
  | "manager of another service"
  | "manager"
  | "admin";

export interface CommentaryWorld {
  actors: Record<ActorName, SessionUser | null>;
  /** the dataset's named reporter of front-door (head.of.mash@) */
  namedReporter: SessionUser;
  indicatorId: (code: string) => Promise<number>;
}

/** The commentary world on a copy of the demo database. */
export async function setUpCommentaryWorld(db: Db): Promise<CommentaryWorld> {
  const outcome = await importFile({ db, kind: "values", text: fs.readFileSync(MAY_FILE, "utf8"), file: "front-door-2020-05.csv" });
  if (!outcome.ok) throw new Error("the May fixture did not load");
  const password = TEST_DEMO_PASSWORD;
  const passwordHash = await hashPassword(password);
  for (const input of [
    { email: "lac.reporter@lantern.example", name: "Lee Reporter", roles: ["reporter" as const], services: ["lac"], password },
    { email: "lac.manager@lantern.example", name: "Lou Manager", roles: ["manager" as const], services: ["lac"], password },
    { email: "fd.manager@lantern.example", name: "Frankie Manager", roles: ["manager" as const], services: ["front-door"], password },
  ]) {
    await createOrUpdateUser({ db, input, passwordHash });
  }
  const load = async (email: string) => {
    const user = await findUserByEmail({ db, email });
    if (!user) throw new Error(`no ${email}`);
    return (await loadSessionUser({ db, userId: user.id }))!;
  };
  return {
    actors: {
      anonymous: null,
      "board member": await load("board@lantern.example"),
      "reporter of another service": await load("lac.reporter@lantern.example"),
      reporter: await load("reporter@lantern.example"),
      "manager of another service": await load("lac.manager@lantern.example"),
      manager: await load("fd.manager@lantern.example"),
      admin: await load("admin@lantern.example"),
    },
    namedReporter: await load("head.of.mash@lantern.example"),
    indicatorId: async (code: string) => {
      const row = await db.query.indicators.findFirst({ where: (i, { eq }) => eq(i.code, code) });
      if (!row) throw new Error(`no indicator ${code}`);
      return row.id;
    },
  };
}

/**
 * The file's test database with the commentary world set up on it before the
 * tests; `world` is filled in place, and `as(name)` is that person's action
 * context with the file's fake mailer.
 */
export function withCommentaryWorld() {
  const world = {} as CommentaryWorld;
  const handle = withTestDb(undefined, "demo");
  beforeAll(async () => {
    Object.assign(world, await setUpCommentaryWorld(handle.db));
  });
  const mailer = createFakeTransport();
  const as = (name: ActorName): ActionContext => ({ db: handle.db, actor: world.actors[name], mailer });
  return { handle, world, mailer, as };
}

/** The service's section narrative for the month, written (set-up for approving its scorecard, which needs one). */
export async function writeNarrative(db: Db, serviceKey: string, period: string, body = "Figures within their usual range."): Promise<void> {
  const [authority] = await db.select({ id: authorities.id }).from(authorities).limit(1);
  await db.insert(serviceNarratives).values({ authorityId: authority.id, serviceKey, period, body }).onConflictDoNothing();
}
