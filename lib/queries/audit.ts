import "server-only";
// The audit trail read model: filtered, newest first, one query plus the
// filter choices.
import { and, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, users } from "@/db/schema";

export interface AuditFilters {
  action?: string;
  /** part of the person's name or email */
  actor?: string;
  entityType?: string;
  /** "YYYY-MM-DD", UK day, inclusive */
  from?: string;
  /** "YYYY-MM-DD", UK day, inclusive */
  to?: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function auditEventsFor({
  db,
  filters,
  limit = 200,
}: {
  db: Executor;
  filters: AuditFilters;
  limit?: number;
}): Promise<AuditRow[]> {
  const conditions = [
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.entityType ? eq(auditEvents.entityType, filters.entityType) : undefined,
    filters.actor ? or(ilike(users.name, `%${escapeLike(filters.actor)}%`), ilike(users.email, `%${escapeLike(filters.actor)}%`)) : undefined,
    filters.from && DAY.test(filters.from) ? sql`(${auditEvents.at} at time zone 'Europe/London')::date >= ${filters.from}::date` : undefined,
    filters.to && DAY.test(filters.to) ? sql`(${auditEvents.at} at time zone 'Europe/London')::date <= ${filters.to}::date` : undefined,
  ];
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorName: users.name,
      actorEmail: users.email,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      summary: auditEvents.summary,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of the people an audit page's rows name by id (a person as the
 * thing changed, an owner before and after), in one query, so the trail
 * shows names rather than ids.
 */
export async function auditPeopleNames({ db, rows }: { db: Executor; rows: AuditRow[] }): Promise<Record<string, string>> {
  const ids = new Set<string>();
  const collect = (v: unknown) => {
    if (typeof v === "string" && UUID.test(v)) ids.add(v.toLowerCase());
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  for (const r of rows) [r.entityId, r.before, r.after].forEach(collect);
  if (ids.size === 0) return {};
  const found = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
  return Object.fromEntries(found.map((u) => [u.id, u.name]));
}

/** The actions and entity types that occur, for the filter choices. */
export async function auditFilterChoices({ db }: { db: Executor }): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    db.selectDistinct({ v: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action),
    db.selectDistinct({ v: auditEvents.entityType }).from(auditEvents).orderBy(auditEvents.entityType),
  ]);
  return { actions: actions.map((a) => a.v), entityTypes: entityTypes.map((e) => e.v) };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
