import "server-only";
// Loads the demo dataset (db/seed/demo: a real council's April 2020 monthly
// dataset) through the same import code as any file, then adds the demo
// accounts and illustrative RAG bands. Running it again adds nothing twice.
// April 2020 is fully approved and published; May 2020's front-door figures
// are loaded too, with commentary open and not started, so a reporter has
// commentary to write and a manager a scorecard to approve. May's figures are
// ILLUSTRATIVE, not the council's: they continue April's series (see
// db/seed/demo/SOURCE.md).
import fs from "node:fs/promises";
import path from "node:path";
import { and, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { SERVICE_KEYS } from "@/db/reference";
import { authorities, benchmarks, boardMembers, boards, cohorts, indicatorBandSets, indicators, reportingPeriods, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { bumpDataVersion } from "@/lib/data-version";
import type { Role } from "@/lib/auth/roles";
import { formatImportError } from "@/lib/import/errors";
import { importFile, type ImportSummary } from "@/lib/import/apply";
import type { ImportKind } from "@/lib/import/columns";
import { requireAuthority } from "@/lib/queries/authority";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { DEMO_PERIOD, seedDemoSnapshot } from "./demo-snapshot";
import { illustrativeBands } from "./illustrative-bands";
import { settings } from "@/lib/config/env";

const DEMO_DIR = path.resolve(process.cwd(), "db", "seed", "demo");
const DEMO_AUTHORITY = "Demo council (April 2020 dataset)";
const DEMO_BOARD = "Corporate Parenting Board";

interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  services: string[];
  note: string;
}

const CORE_DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@lantern.example", name: "Alex Admin", roles: ["admin"], services: [], note: "performance team" },
  {
    email: "manager@lantern.example",
    name: "Morgan Manager",
    roles: ["manager"],
    services: [...SERVICE_KEYS],
    note: "manager of every service area",
  },
  {
    email: "reporter@lantern.example",
    name: "Riley Reporter",
    roles: ["reporter"],
    services: ["front-door"],
    note: "reporter of every front-door indicator",
  },
  { email: "board@lantern.example", name: "Blake Board", roles: ["board_member"], services: [], note: "Corporate Parenting Board member" },
];

const FILES: { kind: ImportKind; file: string }[] = [
  { kind: "indicators", file: "indicators.csv" },
  { kind: "values", file: "values.csv" },
  { kind: "benchmarks", file: "benchmarks.csv" },
  { kind: "commentary", file: "commentary.csv" },
  // Illustrative, not from the source: May 2020 for the front door, commentary not started.
  { kind: "values", file: "values-2020-05-front-door.csv" },
  // Illustrative, not from the source: LAC1 by gender, age band, ethnicity and placement type, LAC3 by reason for leaving.
  { kind: "breakdowns", file: "breakdowns.csv" },
  // Illustrative, not from the source: an edge-of-care cohort, caseload per social worker, health measures and adoption A1 (db/seed/demo/SOURCE.md).
  { kind: "indicators", file: "indicators-illustrative.csv" },
  { kind: "values", file: "values-illustrative.csv" },
  { kind: "commentary", file: "commentary-illustrative.csv" },
  { kind: "cohorts", file: "cohorts.csv" },
];

export interface DemoSeedResult {
  loaded: boolean;
  imports: ImportSummary[];
  accounts: DemoAccount[];
  password: string;
  /** the published demo board paper, when this run loaded the data */
  snapshotId: number | null;
}

export async function seedDemo({
  db,
  password = settings().LANTERN_DEMO_PASSWORD,
  dir = DEMO_DIR,
}: {
  db: Db;
  password?: string;
  dir?: string;
}): Promise<DemoSeedResult> {
  const [{ indicatorCount }] = await db.select({ indicatorCount: sql<number>`count(*)::int` }).from(indicators);
  const imports: ImportSummary[] = [];
  // Demo data goes only into an empty catalogue, so it never mixes with a council's own.
  const loaded = Number(indicatorCount) === 0;
  if (loaded) {
    await db.update(authorities).set({ name: DEMO_AUTHORITY });
    for (const { kind, file } of FILES) {
      const text = await fs.readFile(path.join(dir, file), "utf8");
      const outcome = await importFile({ db, kind, text, file });
      if (!outcome.ok) {
        throw new Error(`The demo file ${file} did not load:\n${outcome.errors.map(formatImportError).join("\n")}`);
      }
      imports.push(outcome.summary);
    }
    await applyIllustrativeBands(db);
    // the edge-of-care cohort's members are "supported" (as /admin/cohorts would set it)
    await db.update(cohorts).set({ memberWord: "supported" }).where(inArray(cohorts.indicatorId, db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "EOC1"))));
    // The dataset's earlier months were reported long ago: only April (approved and
    // published, as reported) and May (to write) are open for commentary.
    await db.update(reportingPeriods).set({ closedAt: new Date() }).where(lt(reportingPeriods.period, DEMO_PERIOD));
  }
  // Accounts are made with the demo data and never touched again by a later
  // start: a demo password someone changed stays changed.
  const accounts = await listDemoAccounts(db);
  if (loaded) await createDemoAccounts(db, accounts, password);
  // A published board paper, so a new user sees a real one (needs the accounts above).
  const snapshotId = loaded ? await seedDemoSnapshot({ db, managerEmail: "manager@lantern.example" }) : null;
  return { loaded, imports, accounts, password, snapshotId };
}

/** Bands for indicators with a target or an England benchmark, by the one stated rule. */
async function applyIllustrativeBands(db: Db): Promise<void> {
  const rows = await db
    .select({ id: indicators.id, polarity: indicators.polarity, target: indicators.target, england: benchmarks.value })
    .from(indicators)
    .leftJoin(benchmarks, and(eq(benchmarks.indicatorId, indicators.id), eq(benchmarks.kind, "england")));
  await db.transaction(async (tx) => {
    for (const row of rows) {
      const bands = illustrativeBands(row);
      if (!bands) continue;
      await tx.update(indicators).set({ ...bands, bandsIllustrative: true }).where(eq(indicators.id, row.id));
      // the catalogue's one set of bands (lib/figures/band-sets.ts) is the one the scorecards read
      await tx.update(indicatorBandSets).set(bands).where(eq(indicatorBandSets.indicatorId, row.id));
    }
    await bumpDataVersion(tx);
  });
}

/** The four core accounts plus one for every owner and reporter the dataset names. */
async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const named = await db
    .select({ email: users.email, name: users.name, serviceKey: indicators.serviceKey, owner: indicators.ownerId, reporter: indicators.reporterId, userId: users.id })
    .from(indicators)
    .innerJoin(users, sql`${users.id} in (${indicators.ownerId}, ${indicators.reporterId})`)
    .where(isNotNull(users.email));
  const fromDataset = new Map<string, DemoAccount>();
  for (const row of named) {
    const account = fromDataset.get(row.email) ?? { email: row.email, name: row.name, roles: [], services: [], note: "" };
    if (row.owner === row.userId && !account.roles.includes("manager")) account.roles.push("manager");
    if (row.reporter === row.userId && !account.roles.includes("reporter")) account.roles.push("reporter");
    if (row.owner === row.userId && !account.services.includes(row.serviceKey)) account.services.push(row.serviceKey);
    fromDataset.set(row.email, account);
  }
  for (const account of fromDataset.values()) {
    account.note = account.roles.includes("manager")
      ? `owner of ${account.services.join(", ")} indicators`
      : "reporter named in the dataset";
  }
  return [...CORE_DEMO_ACCOUNTS, ...[...fromDataset.values()].sort((a, b) => a.email.localeCompare(b.email))];
}

async function createDemoAccounts(db: Db, accounts: DemoAccount[], password: string): Promise<void> {
  const hash = await hashPassword(password);
  for (const account of accounts) {
    await createOrUpdateUser({
      db,
      input: { email: account.email, name: account.name, roles: account.roles, services: account.services, password, isDemo: true },
      passwordHash: hash,
    });
  }
  // The board member sits on the Corporate Parenting Board.
  const authority = await requireAuthority({ db });
  let [board] = await db.select({ id: boards.id }).from(boards).where(eq(boards.name, DEMO_BOARD));
  if (!board) [board] = await db.insert(boards).values({ authorityId: authority.id, name: DEMO_BOARD }).returning({ id: boards.id });
  const boardUsers = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, accounts.filter((a) => a.roles.includes("board_member")).map((a) => a.email)));
  if (boardUsers.length) {
    await db
      .insert(boardMembers)
      .values(boardUsers.map((u) => ({ boardId: board.id, userId: u.id })))
      .onConflictDoNothing();
  }
}
