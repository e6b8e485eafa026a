import Link from "next/link";
import { notFound } from "next/navigation";
import { Paper } from "@/components/snapshot/paper";
import { getDb } from "@/db/client";
import { formatDay } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { inAppRequest } from "@/lib/html/in-app-request";
import { keptSlot } from "@/lib/snapshots/table-cache";

// The paper's own title, only when the paper is publicly released (otherwise the page is "not found").
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const content = id ? await snapshotContent({ db: await getDb(), id }) : null;
  const released = content && content.status !== "draft" && content.publicRelease;
  return { title: released ? `${content.title}: public release` : "Public performance report" };
}

/**
 * The public release of a published paper, readable without signing in, only
 * for papers marked for public release: the paper's own render built for the
 * public (lib/snapshots/paper-view.ts): its figures with small counts and
 * everything worked out from them suppressed, and only the text written or
 * approved for the public. Commentary, highlights and quotes never reach it.
 */
export default async function PublicSnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const stored = await snapshotContent({ db, id });
  // Anything not released publicly is simply not there for the public.
  if (!stored || stored.status === "draft" || !stored.publicRelease) notFound();
  const thread = await snapshotThread({ db, id });
  // The threshold in force when the paper was published: a later change of the setting never alters it.
  const { content, view, key } = await loadPaper({ db, stored, previousId: thread.previousId, audience: "public" });
  const kept = keptSlot({ db, snapshotId: id, part: `paper:${key}` });
  const inline = await inAppRequest();
  return (
    <article className="space-y-6">
      <header>
        <p className="text-gray-700">{content.authority}</p>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{content.title}</h1>
        <p className="text-gray-800">
          {content.board} · meeting {formatDay(content.meetingDate)} · figures for {monthLabel(content.period)}
        </p>
        <p className="mt-2 text-sm">
          <Link href={`/public/${id}/pdf`}>Download as PDF</Link>
        </p>
      </header>
      <Paper view={view} period={monthLabel(content.period)} keep={kept.keep} slot={{ name: kept.slot, inline }} />
    </article>
  );
}
