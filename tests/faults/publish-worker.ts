// Run by kill9.ts in a child process it then kills: drafts a paper of every
// service for April 2020 as the demo admin and publishes it, saying when the
// publish starts. Usage: node --conditions=react-server --import tsx tests/faults/publish-worker.ts
import { eq } from "drizzle-orm";
import { openDb } from "@/db/client";
import { boards, scorecardApprovals, users } from "@/db/schema";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { loadSessionUser } from "@/lib/queries/users";

const handle = await openDb();
const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@lantern.example"));
const actor = await loadSessionUser({ db: handle.db, userId: admin.id });
const [board] = await handle.db.select({ id: boards.id }).from(boards).limit(1);
// Every service whose April scorecard is approved (the demo approves those it has figures for).
const approved = await handle.db.select({ key: scorecardApprovals.serviceKey }).from(scorecardApprovals).where(eq(scorecardApprovals.period, "2020-04"));
const draft = await createSnapshotDraft(
  { db: handle.db, actor },
  { boardId: board.id, title: `Fault paper ${process.pid}`, meetingDate: "2020-06-01", period: "2020-04", services: approved.map((a) => a.key) },
);
if (!draft.ok) {
  console.error(`draft refused: ${draft.message}`);
  process.exit(2);
}
console.log(`publishing ${draft.data.id}`);
const result = await publishSnapshot({ db: handle.db, actor }, { snapshotId: draft.data.id });
console.log(result.ok ? `published ${draft.data.id}` : `refused ${result.message}`);
await handle.close();
