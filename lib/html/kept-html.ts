// HTML the server has built and kept (a published paper, a scorecard's table)
// put where the page's server render finds it by name, so that on a page's
// first load the HTML goes into the page once and not a second time, escaped,
// inside the React payload (components/ui/kept-html.tsx says how).
//
// The slots are the process's: the page's server components and its client
// components' server render are two module graphs in one process, so the map
// hangs off globalThis. A request puts its slot just before it renders, so
// only the least recently put are ever dropped (the map is bounded: scorecard
// tables change with every data version).
import type { Executor } from "@/db/client";
import { keep } from "@/lib/queries/scorecard-cache";

/** Shared with components/ui/kept-html.tsx (same process, another module graph). */
const SLOTS = Symbol.for("lantern.keptHtml");
const MAX_SLOTS = 256;

function slots(): Map<string, string> {
  const store = globalThis as { [SLOTS]?: Map<string, string> };
  return (store[SLOTS] ??= new Map());
}

/** Puts `html` in the slot `name` (most recently put last; the oldest dropped beyond the bound). */
export function putKeptHtml(name: string, html: string): void {
  const map = slots();
  map.delete(name);
  map.set(name, html);
  while (map.size > MAX_SLOTS) map.delete(map.keys().next().value!);
}

const dbNames = new WeakMap<object, number>();
let nextDbName = 0;

/**
 * A slot name for a part kept per database: two databases in one process
 * (tests, tools) have papers and months with the same names, and must never
 * be served each other's HTML.
 */
export function slotName(db: object, ...parts: (string | number)[]): string {
  let name = dbNames.get(db);
  if (name === undefined) dbNames.set(db, (name = nextDbName++));
  return [name, ...parts].join(":");
}

/**
 * HTML built once per data version under `key` (kept by lib/queries/scorecard-cache.ts)
 * and put in its slot for this request's server render: what a page hands to
 * components/ui/kept-html.tsx (the slot, and the HTML itself when the request
 * comes from inside the app: lib/html/in-app-request.ts).
 */
export async function keptHtmlFor(db: Executor, version: number, key: string, build: () => string): Promise<{ html: string; slot: string }> {
  const html = await keep(db, version, key, build);
  const slot = slotName(db, "kept", version, key);
  putKeptHtml(slot, html);
  return { html, slot };
}
