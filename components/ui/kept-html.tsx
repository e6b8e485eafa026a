"use client";
// Kept HTML (a published paper, a scorecard's table) in the page, sent once.
// React sends a server component's markup twice: in the HTML, and again,
// escaped, in the payload the browser hydrates from (where each "<" is six
// bytes) — for a paper or a big scorecard, most of the page. On a page's
// first load this component gets only the slot's name: its server render
// reads the kept HTML from the process (lib/html/kept-html.ts, put there by
// the page just before), and in the browser it keeps
// what the server put there (React leaves inner HTML alone when hydrating, and
// the `{ __html: "" }` below never changes, so it is never written over). On
// a navigation or a refresh inside the app there is no server render of it,
// so the page sends the HTML itself (`html`; lib/html/in-app-request.ts
// tells the two apart). One case is left: going back to a first-loaded page,
// the app shows it again from the payload it kept, which has no HTML; the
// slot is then empty and asks the server for the page again (a refresh
// inside the app, so with the HTML).
import { useRouter } from "next/navigation";
import { memo, useEffect, useMemo, useRef } from "react";

const SLOTS = Symbol.for("lantern.keptHtml");
/** In the browser: leave the server's markup as it is. */
const AS_RENDERED = { __html: "" };

export const KeptHtml = memo(function KeptHtml({ slot, html }: { slot: string; html?: string }) {
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  const inner = useMemo(() => {
    if (html !== undefined) return { __html: html };
    if (typeof window !== "undefined") return AS_RENDERED;
    const kept = (globalThis as { [SLOTS]?: Map<string, string> })[SLOTS];
    return { __html: kept?.get(slot) ?? "" };
  }, [slot, html]);
  useEffect(() => {
    if (html === undefined && !asked.current && box.current && box.current.childElementCount === 0) {
      asked.current = true;
      router.refresh();
    }
  }, [html, router]);
  return <div ref={box} data-kept-html={slot} dangerouslySetInnerHTML={inner} suppressHydrationWarning />;
});
