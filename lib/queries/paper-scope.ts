import "server-only";
// The service areas a board paper covers: what the policy needs to decide
// whether a manager may draft, publish, correct or record a resolution on it
// (lib/auth/policy.ts "snapshot.publish").
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { snapshotServices, snapshots } from "@/db/schema";

export async function paperServiceKeys({ db, snapshotId }: { db: Db | Tx; snapshotId: number }): Promise<string[]> {
  const rows = await db.select({ key: snapshotServices.serviceKey }).from(snapshotServices).where(eq(snapshotServices.snapshotId, snapshotId));
  return rows.map((r) => r.key).sort();
}

/** The paper's board and services, in one query; null when there is no such paper. */
export async function paperScope({ db, snapshotId }: { db: Db | Tx; snapshotId: number }) {
  const [row] = await db
    .select({
      boardId: snapshots.boardId,
      serviceKeys: sql<string[]>`coalesce((select array_agg(s.service_key order by s.service_key) from ${snapshotServices} s where s.snapshot_id = ${snapshots.id}), '{}')`,
    })
    .from(snapshots)
    .where(eq(snapshots.id, snapshotId));
  return row ? { boardId: row.boardId, serviceKeys: Array.isArray(row.serviceKeys) ? row.serviceKeys.map(String) : [] } : null;
}
