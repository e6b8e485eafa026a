import "server-only";
// Lantern serves one authority: the first row of `authorities` (db/migrate.ts
// creates it). Every lookup of it goes through here, so "which authority" is
// decided once.
import { asc, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authorities, authorityPopulations, type AuthoritySettings } from "@/db/schema";
import { effectiveSettings, type EffectiveSettings } from "@/lib/settings";

export interface AuthorityRow {
  id: number;
  name: string;
  /** ONS or DfE code, when set (the benchmarks find the authority in DfE files by it) */
  laCode: string | null;
  settings: AuthoritySettings;
  /** 0–17 population by year ("2019" → 104,000), for rates per 10,000 */
  populations: Record<string, number>;
}

/** The authority's 0–17 populations by year as one JSON object (null: none), in a select over the authorities table. */
export function populationsByYear() {
  return sql<Record<string, number> | null>`(
    select json_object_agg(${authorityPopulations.year}::text, ${authorityPopulations.population})
    from ${authorityPopulations} where ${authorityPopulations.authorityId} = ${authorities.id})`;
}

/** The authority, or null before the database is migrated. One query. */
export async function theAuthority({ db }: { db: Executor }): Promise<AuthorityRow | null> {
  const [row] = await db
    .select({
      id: authorities.id,
      name: authorities.name,
      laCode: authorities.laCode,
      settings: authorities.settings,
      populations: populationsByYear(),
    })
    .from(authorities)
    .orderBy(asc(authorities.id))
    .limit(1);
  return row ? { ...row, populations: row.populations ?? {} } : null;
}

/** The authority, for writes that need its id: refuses plainly if the database was never migrated. */
export async function requireAuthority({ db }: { db: Executor }): Promise<AuthorityRow> {
  const authority = await theAuthority({ db });
  if (!authority) throw new Error("The database has no authority row: run `lantern migrate` first.");
  return authority;
}

export async function authoritySettings({ db }: { db: Executor }): Promise<EffectiveSettings> {
  const [row] = await db.select({ settings: authorities.settings }).from(authorities).orderBy(asc(authorities.id)).limit(1);
  return effectiveSettings(row?.settings);
}

/** The authority's settings as a column of another query (the one every signed-in page runs: lib/queries/users.ts). */
export const authoritySettingsColumn = sql<AuthoritySettings | null>`(select ${authorities.settings} from ${authorities} order by ${authorities.id} limit 1)`;
