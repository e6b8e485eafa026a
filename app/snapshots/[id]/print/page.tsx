import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { PrintFrame } from "@/components/snapshot/print-frame";
import { getDb } from "@/db/client";
import { currentUser, requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { parseId } from "@/lib/ids";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { isValidRenderToken, RENDER_HEADER } from "@/lib/snapshots/render-token";
import { keptTable } from "@/lib/snapshots/table-cache";

type Params = { id: string };

/** A reader who may read the paper, or the PDF renderer with this paper's render token (lib/snapshots/pdf.ts). */
async function mayRender(id: number, content: { status: string; boardId: number }): Promise<boolean> {
  if (content.status !== "draft" && isValidRenderToken((await headers()).get(RENDER_HEADER), "paper", id)) return true;
  return canReadSnapshot(await currentUser(), content);
}

// The paper's own title, exactly: it is the PDF's title too. Only for someone who may read the paper.
export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const id = parseId((await params).id);
  const content = id ? await snapshotContent({ db: await getDb(), id }) : null;
  return { title: content && id && (await mayRender(id, content)) ? { absolute: content.title } : "Board paper (print)" };
}

// The A4 board paper: the same render as the page (components/snapshot/paper.tsx), in its print frame.
export default async function SnapshotPrintPage({ params }: { params: Promise<Params> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  // The page's own <style> carries the request's CSP nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const db = await getDb();
  const stored = await snapshotContent({ db, id });
  if (!stored) notFound();
  if (!(await mayRender(id, stored))) {
    await requireUser();
    forbidden();
  }
  const thread = await snapshotThread({ db, id });
  const { content, view, key } = await loadPaper({ db, stored, previousId: thread.previousId, audience: "internal" });
  return (
    <PrintFrame
      view={view}
      nonce={nonce}
      paper={content}
      publishedLine={
        content.publishedAt
          ? `Published on ${formatDate(content.publishedAt)} by ${content.publishedBy}${content.version > 1 ? ` (version ${content.version}: ${content.correctionReason})` : ""}`
          : null
      }
      keep={content.status === "draft" ? undefined : keptTable({ db, snapshotId: id, part: `print:${key}` })}
    />
  );
}
