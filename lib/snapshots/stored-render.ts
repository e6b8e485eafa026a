import "server-only";
// A published paper's renders, made once and kept with the paper
// (snapshot_renders): the public release's page and the paper's body for
// signed-in readers. Each carries the key of what it was made from; the
// reader of a render passes the key the paper has now and gets nothing when
// the two differ, so a correction, a new threshold or new public rules make
// it again rather than serve the old one. Drafts are never stored.
//
// Only the renderer stores a render: its tag is an HMAC of the render under
// the settings' key (lib/audit/key.ts), which the database does not hold, so
// a row written by someone with write access to the database is never served
// (the paper is rendered again from its frozen content instead).
import { createHash, createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { snapshotRenders } from "@/db/schema";
import { auditKey } from "@/lib/audit/key";

export type RenderAudience = "public" | "internal";

export interface StoredRender {
  key: string;
  html: string;
  /** the renderer's seal, also a strong entity tag: the same render always has it, any other never */
  etag: string;
}

/** The strong tag of some bytes (quoted, as in an ETag header). */
export function strongEtag(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
}

/**
 * The renderer's seal on a render: an HMAC under the settings' key of what it
 * is (paper, audience, key) and its bytes, quoted as an ETag; with no key set,
 * the render's plain hash (then nothing can tell a forged row).
 */
export function renderSeal({ snapshotId, audience, key, html }: { snapshotId: number; audience: RenderAudience; key: string; html: string }): string {
  const secret = auditKey()?.secret;
  if (!secret) return strongEtag(html);
  const mac = createHmac("sha256", secret).update(`lantern render\u0000${audience}\u0000${snapshotId}\u0000${key}\u0000`).update(html).digest("base64url");
  return `"${mac.slice(0, 32)}"`;
}

/** The stored render for the audience, or null (none yet, or a row the renderer did not seal). */
export async function storedRender({ db, snapshotId, audience }: { db: Executor; snapshotId: number; audience: RenderAudience }): Promise<StoredRender | null> {
  const [row] = await db
    .select({ key: snapshotRenders.key, html: snapshotRenders.html, etag: snapshotRenders.etag })
    .from(snapshotRenders)
    .where(and(eq(snapshotRenders.snapshotId, snapshotId), eq(snapshotRenders.audience, audience)));
  if (!row || row.etag !== renderSeal({ snapshotId, audience, key: row.key, html: row.html })) return null;
  return row;
}

/** Stores a render (replacing one made from another key) and gives it back with its tag. */
export async function storeRender({
  db,
  snapshotId,
  audience,
  key,
  html,
}: {
  db: Executor;
  snapshotId: number;
  audience: RenderAudience;
  key: string;
  html: string;
}): Promise<StoredRender> {
  const etag = renderSeal({ snapshotId, audience, key, html });
  await db
    .insert(snapshotRenders)
    .values({ snapshotId, audience, key, html, etag })
    .onConflictDoUpdate({ target: [snapshotRenders.snapshotId, snapshotRenders.audience], set: { key, html, etag, renderedAt: new Date() } });
  return { key, html, etag };
}

/** Renders held in this process once read or made (by database, then paper and audience): a render is the same for its key. */
const held = new WeakMap<Executor, Map<string, StoredRender>>();

/**
 * The stored render when it was made from `key`; otherwise `render()` is made
 * now, stored, and given. Concurrent first readers may each make it: they
 * make the same bytes, so whichever is stored last is the same render.
 * `hold`: keep it in this process too, so the next reading with the same key
 * neither reads it from the database nor checks its seal again (the paper's
 * body for signed-in readers, which every reading of the paper's page needs).
 */
export async function renderOnce({
  db,
  snapshotId,
  audience,
  key,
  render,
  hold = false,
}: {
  db: Executor;
  snapshotId: number;
  audience: RenderAudience;
  key: string;
  render: () => string;
  hold?: boolean;
}): Promise<StoredRender> {
  let renders = held.get(db);
  if (!renders) held.set(db, (renders = new Map()));
  const name = `${snapshotId}|${audience}`;
  const kept = hold ? renders.get(name) : undefined;
  if (kept && kept.key === key) return kept;
  const stored = await storedRender({ db, snapshotId, audience });
  const made = stored && stored.key === key ? stored : await storeRender({ db, snapshotId, audience, key, html: render() });
  if (hold) renders.set(name, made);
  return made;
}
