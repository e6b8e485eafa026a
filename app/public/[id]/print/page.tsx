import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PrintFrame } from "@/components/snapshot/print-frame";
import { getDb } from "@/db/client";
import { formatDate } from "@/lib/dates";
import { parseId } from "@/lib/ids";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { keptTable } from "@/lib/snapshots/table-cache";

type Params = { id: string };

async function released(id: number | null) {
  const content = id ? await snapshotContent({ db: await getDb(), id }) : null;
  return content && content.status !== "draft" && content.publicRelease ? content : null;
}

// The paper's own title: it is the public PDF's title too.
export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const content = await released(parseId((await params).id));
  return { title: content ? { absolute: content.title } : "Public performance report" };
}

/** The public release in its A4 frame, which its PDF is made from: the same public render as /public/{id}. */
export default async function PublicPrintPage({ params }: { params: Promise<Params> }) {
  const id = parseId((await params).id);
  const stored = await released(id);
  if (!id || !stored) notFound();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const db = await getDb();
  const thread = await snapshotThread({ db, id });
  const { content, view, key } = await loadPaper({ db, stored, previousId: thread.previousId, audience: "public" });
  return (
    <PrintFrame
      view={view}
      nonce={nonce}
      paper={content}
      publishedLine={`Public release, published on ${formatDate(content.publishedAt)}`}
      keep={keptTable({ db, snapshotId: id, part: `print:${key}` })}
    />
  );
}
