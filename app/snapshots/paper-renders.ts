import "server-only";
// A published paper's two renders, each made once and kept with the paper
// (lib/snapshots/stored-render.ts): the public release's page, served as a
// file (app/public/[id]/route.ts), and the paper's body, which the signed-in
// page puts between what is its reader's own (the header, the questions).
// Both are made by the first reading after publishing (the publisher's own
// page, which publishing returns to), and again when what they were made
// from changes (a correction, the public threshold or rules, the help contact):
// the key says what that was.
import { paperHtml } from "@/components/snapshot/paper-html";
import { publicReleasePage } from "@/components/snapshot/public-release-html";
import type { Db } from "@/db/client";
import { formatDay } from "@/lib/dates";
import { monthLabel } from "@/lib/format";
import { authoritySettings } from "@/lib/queries/authority";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { helpContactLink } from "@/lib/settings";
import { loadPaper, type LoadedPaper } from "@/lib/snapshots/load-paper";
import { renderOnce, type StoredRender } from "@/lib/snapshots/stored-render";

/** What the public release's page would be now, with the key naming what it is made from; null: not publicly released. */
export async function publicReleaseNow({ db, id }: { db: Db; id: number }): Promise<{ key: string; render: () => string } | null> {
  const stored = await snapshotContent({ db, id });
  // Anything not released publicly is simply not there for the public.
  if (!stored || stored.status === "draft" || !stored.publicRelease) return null;
  const [thread, settings] = await Promise.all([snapshotThread({ db, id }), authoritySettings({ db })]);
  // The threshold in force when the paper was published: a later change of the setting never alters it.
  const { content, view, key } = await loadPaper({ db, stored, previousId: thread.previousId, audience: "public" });
  const help = helpContactLink(settings.helpContact);
  return {
    key: `${key}|help:${help?.href ?? "-"}`,
    render: () =>
      publicReleasePage(
        {
          id,
          title: content.title,
          authority: content.authority,
          board: content.board,
          meeting: formatDay(content.meetingDate),
          month: monthLabel(content.period),
          help,
        },
        view,
      ),
  };
}

/** The public release's stored page (made now if none is stored for what it is made from), or null: not publicly released. */
export async function publicReleaseRender({ db, id }: { db: Db; id: number }): Promise<StoredRender | null> {
  const now = await publicReleaseNow({ db, id });
  return now ? renderOnce({ db, snapshotId: id, audience: "public", ...now }) : null;
}

/** The paper's body as signed-in readers see it: what `paperHtml` makes of the loaded paper. */
export function internalPaperHtml({ view, content }: Pick<LoadedPaper, "view" | "content">): string {
  return paperHtml(view, { period: monthLabel(content.period) }).value;
}

/** A published paper's body for signed-in readers, stored once (the loaded paper's key says what it was made from) and held in the process. */
export function internalPaperRender({ db, loaded }: { db: Db; loaded: LoadedPaper }): Promise<StoredRender> {
  return renderOnce({ db, snapshotId: loaded.content.id, audience: "internal", key: loaded.key, render: () => internalPaperHtml(loaded), hold: true });
}
