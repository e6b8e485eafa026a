import "server-only";
// Access requests waiting for an admin, oldest first, and the latest dealt with.
import { asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { accessRequests, users } from "@/db/schema";

export async function accessRequestsFor({ db }: { db: Executor }) {
  const [waiting, done] = await Promise.all([
    db.select().from(accessRequests).where(isNull(accessRequests.outcome)).orderBy(asc(accessRequests.firstAt)),
    db
      .select({ id: accessRequests.id, email: accessRequests.email, name: accessRequests.name, outcome: accessRequests.outcome, resolvedAt: accessRequests.resolvedAt, resolvedBy: users.name })
      .from(accessRequests)
      .leftJoin(users, eq(users.id, accessRequests.resolvedBy))
      .where(isNotNull(accessRequests.outcome))
      .orderBy(desc(accessRequests.resolvedAt))
      .limit(20),
  ]);
  return { waiting, done };
}
