// A published paper never changes, so each of its tables is built once as
// HTML and kept for the life of the process. Kept per database as well as per
// paper: two databases in one process (tests, tools) have papers with the same
// ids, and must never be served each other's tables. Drafts are not kept.
//
// A kept paper is also put where the page's server render can find it by
// name (`slot`, see components/ui/kept-html.tsx): on a page's first
// load the HTML then goes into the page once, not a second time inside the
// React payload (where every "<" is six bytes).
import type { Db } from "@/db/client";
import { putKeptHtml, slotName } from "@/lib/html/kept-html";

/** Gives the kept HTML, or builds it (once) with `build`. */
export type KeepTable = (build: () => string) => string;

const kept = new WeakMap<Db, Map<string, string>>();

/** The keeper for one part (a service's table, the featured table, …) of a published paper in a database. */
export function keptTable({ db, snapshotId, part }: { db: Db; snapshotId: number; part: string }): KeepTable {
  return (build) => {
    let tables = kept.get(db);
    if (!tables) kept.set(db, (tables = new Map()));
    const key = `${snapshotId}:${part}`;
    let html = tables.get(key);
    if (html === undefined) tables.set(key, (html = build()));
    return html;
  };
}

/** A kept part with its slot name: keeping it (`keep`) also puts it in the slot, for the page's server render to read. */
export function keptSlot({ db, snapshotId, part }: { db: Db; snapshotId: number; part: string }): { keep: KeepTable; slot: string } {
  const slot = slotName(db, "paper", snapshotId, part);
  const keep = keptTable({ db, snapshotId, part });
  return {
    slot,
    keep: (build) => {
      const html = keep(build);
      putKeptHtml(slot, html);
      return html;
    },
  };
}
