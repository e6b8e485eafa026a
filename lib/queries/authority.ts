import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authorities } from "@/db/schema";
import { effectiveSettings, type EffectiveSettings } from "@/lib/settings";

export async function authoritySettings({ db }: { db: Db }): Promise<EffectiveSettings> {
  const [row] = await db.select({ settings: authorities.settings }).from(authorities).orderBy(asc(authorities.id)).limit(1);
  return effectiveSettings(row?.settings);
}
