import "server-only";
// The admin console's landing page: what is waiting for an admin.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { accessRequests, indicators, users } from "@/db/schema";

export async function consoleSummary({ db }: { db: Executor }) {
  const [row] = await db
    .select({
      people: sql<number>`(select count(*) from ${users} where disabled_at is null)::int`,
      deactivated: sql<number>`(select count(*) from ${users} where disabled_at is not null)::int`,
      indicators: sql<number>`(select count(*) from ${indicators} where retired_from is null)::int`,
      retired: sql<number>`(select count(*) from ${indicators} where retired_from is not null)::int`,
      accessRequests: sql<number>`(select count(*) from ${accessRequests} where outcome is null)::int`,
    })
    .from(sql`(select 1) as one`);
  return row;
}
