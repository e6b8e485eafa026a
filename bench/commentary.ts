// bench/commentary: optimistic concurrency under load on real PostgreSQL.
//
// 20 writers save to 20 commentaries for 60 s. Each save starts from the
// version the writer last read, as the editor does, so writers keep beating
// each other to a version. Every attempt ends as stored (a new version) or as
// a reported conflict; anything else would be a lost save:
//   lost = attempted − stored − conflicts   (must be 0)
// "stored" is counted from the database (commentary_versions rows written
// during the run), not from what the action said, so a save acknowledged but
// not written would show up as lost too. Prints figures; asserts nothing.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     node --conditions=react-server --import tsx bench/commentary.ts
//   (env: BENCH_WRITERS=20, BENCH_COMMENTARIES=20, BENCH_SECONDS=60)
import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { commentaries, commentaryVersions, indicators } from "@/db/schema";
import { saveCommentary } from "@/lib/actions/commentary/core";
import { importFile } from "@/lib/import/apply";
import { createFakeTransport } from "@/lib/notify/fake";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { seedDemo } from "@/lib/seed/demo";

const WRITERS = Number(process.env.BENCH_WRITERS ?? 20);
const COMMENTARIES = Number(process.env.BENCH_COMMENTARIES ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PERIOD = "2020-05";

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("bench/commentary needs DATABASE_URL (a PostgreSQL server).");
  const { default: postgres } = await import("postgres");
  const name = `lantern_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.LANTERN_DB_POOL = String(WRITERS + 5);
  const handle = await openDb({ url: url.toString() });
  try {
    await migrateDb(handle);
    const db = handle.db;
    await seedDemo({ db, password: "bench-password-123" });
    // Open May 2020 for commentary (a month opens when figures are first loaded).
    await importFile({ db, kind: "values", text: "indicator,period,value\nM1,2020-05,1102\n", file: "bench.csv" });
    const targets = (await db.select({ id: indicators.id }).from(indicators).orderBy(indicators.id).limit(COMMENTARIES)).map((r) => r.id);
    const adminUser = await findUserByEmail({ db, email: "admin@lantern.example" });
    const actor = (await loadSessionUser({ db, userId: adminUser!.id }))!;
    const ctx = { db, actor, mailer: createFakeTransport() };

    const before = await versionCount(db, targets);
    let attempted = 0;
    let acknowledged = 0;
    let conflicts = 0;
    let otherRefusals = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();

    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        const known = new Map<number, number>(); // the version this writer last saw of each commentary
        let n = 0;
        while (Date.now() < deadline) {
          const indicatorId = targets[(writer + n) % targets.length];
          n++;
          const expectedVersion = known.get(indicatorId) ?? 0;
          attempted++;
          const result = await saveCommentary(ctx, {
            indicatorId,
            period: PERIOD,
            expectedVersion,
            body: `writer ${writer} save ${n} at ${Date.now()}`,
          });
          if (result.ok) {
            acknowledged++;
            known.set(indicatorId, result.data.version);
          } else if (result.code === "conflict") {
            conflicts++;
            // Like the editor's conflict view: the writer now knows the current version.
            known.set(indicatorId, (result.details as { current: { version: number } }).current.version);
          } else {
            otherRefusals++;
            console.error(`writer ${writer}: ${result.code}: ${result.message}`);
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const stored = (await versionCount(db, targets)) - before;
    const [{ rows }] = await db
      .select({ rows: sql<number>`count(*)::int` })
      .from(commentaries)
      .where(and(inArray(commentaries.indicatorId, targets), eq(commentaries.period, PERIOD)));

    console.log(`bench/commentary on PostgreSQL: ${WRITERS} writers × ${COMMENTARIES} commentaries for ${seconds.toFixed(1)} s`);
    console.log(`  saves attempted      ${attempted}`);
    console.log(`  saves stored         ${stored}   (acknowledged by the action: ${acknowledged})`);
    console.log(`  conflicts reported   ${conflicts}`);
    console.log(`  other refusals       ${otherRefusals}`);
    console.log(`  lost                 ${attempted - stored - conflicts}   (attempted − stored − conflicts; must be 0)`);
    console.log(`  throughput           ${(attempted / seconds).toFixed(0)} saves/s attempted, ${(stored / seconds).toFixed(0)} stored/s`);
    console.log(`  commentaries written ${rows}`);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function versionCount(db: Awaited<ReturnType<typeof openDb>>["db"], targets: number[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(commentaryVersions)
    .innerJoin(commentaries, eq(commentaries.id, commentaryVersions.commentaryId))
    .where(and(inArray(commentaries.indicatorId, targets), eq(commentaries.period, PERIOD)));
  return Number(row.n);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
