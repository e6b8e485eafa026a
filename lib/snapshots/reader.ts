import "server-only";
// A route's paper: found (404 otherwise) and readable by the person (403
// otherwise, by ./access.ts), for the handlers that serve a paper's files.
import type { Executor } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { refuse } from "@/lib/http/refusal";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "./access";

export async function paperForReader({ db, user, id }: { db: Executor; user: SessionUser; id: number }) {
  const content = await snapshotContent({ db, id });
  if (!content) refuse(404, "No such paper.");
  if (!canReadSnapshot(user, content)) refuse(403, "You do not have access to this paper.");
  return content;
}
