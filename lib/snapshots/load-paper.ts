import "server-only";
// Everything a reading of a paper needs, for the page, the print view (and
// so the PDF) and the public release alike: its content (a draft with the
// rows publishing would freeze now, lib/snapshots/preview.ts), the board's
// previous paper, and the paper's view for its audience (./paper-view.ts).
import type { Db } from "@/db/client";
import { authoritySettings } from "@/lib/queries/authority";
import { snapshotContent } from "@/lib/queries/snapshots";
import type { SnapshotContent } from "./types";
import { paperView, type PaperAudience, type PaperView } from "./paper-view";
import { withPreviewRows } from "./preview";
import { publicRulesFor } from "./public-rules";

export interface LoadedPaper {
  content: SnapshotContent;
  previous: SnapshotContent | null;
  view: PaperView;
  /** the public release's threshold (the one in force when it was published) */
  threshold: number;
  /** names this rendering of a published paper (audience, the paper compared with, threshold) for keeping its HTML */
  key: string;
}

const viewCache = new WeakMap<Db, Map<string, PaperView>>();

/** The paper's content and view; `stored` is the paper as read (a draft gets its preview rows here). */
export async function loadPaper({
  db,
  stored,
  previousId,
  audience,
}: {
  db: Db;
  stored: SnapshotContent;
  previousId: number | null;
  audience: PaperAudience;
}): Promise<LoadedPaper> {
  const [content, previous] = await Promise.all([
    withPreviewRows({ db, content: stored }),
    previousId ? snapshotContent({ db, id: previousId }) : Promise.resolve(null),
  ]);
  // A published paper's threshold was frozen with it; a draft's public preview uses today's.
  const threshold = audience !== "public" ? 0 : (content.frozenThreshold ?? (await authoritySettings({ db })).suppressionThreshold);
  // The public release follows the catalogue's relations as they are now (./public-rules.ts).
  const rules = audience === "public" ? await publicRulesFor({ db, content }) : null;
  // A published paper (and the one before it) never changes: its view is worked out once per set of rules.
  const key = `${audience}:${content.id}:${previous?.id ?? "-"}:${threshold}${rules ? `:${rules.name}` : ""}`;
  let views = viewCache.get(db);
  if (!views) viewCache.set(db, (views = new Map()));
  let view = content.status === "draft" ? undefined : views.get(key);
  if (!view) {
    view = paperView({ content, previous, audience, threshold, relations: rules?.relations });
    if (content.status !== "draft") views.set(key, view);
  }
  return { content, previous, view, threshold, key };
}
