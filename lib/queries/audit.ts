import "server-only";
// The audit trail read model: filtered, newest first, one query plus the
// filter choices.
import { and, desc, eq, gte, ilike, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, users } from "@/db/schema";

export interface AuditFilters {
  action?: string;
  /** part of the person's name or email */
  actor?: string;
  entityType?: string;
  /** "YYYY-MM-DD", UTC, inclusive */
  from?: string;
  /** "YYYY-MM-DD", UTC, inclusive */
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
    filters.from && DAY.test(filters.from) ? gte(auditEvents.at, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to && DAY.test(filters.to) ? lt(auditEvents.at, sql`${`${filters.to}T00:00:00Z`}::timestamptz + interval '1 day'`) : undefined,
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
