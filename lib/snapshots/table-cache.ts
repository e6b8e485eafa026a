// A published paper never changes, so each of its tables is built once as
// HTML and kept for the life of the process. Kept per database as well as per
// paper: two databases in one process (tests, tools) have papers with the same
// ids, and must never be served each other's tables. Drafts are not kept.
// (The paper's page and its public release keep their renders with the
// paper instead: lib/snapshots/stored-render.ts.)
import type { Db } from "@/db/client";

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
