"use client";
// Draws each service card's RAG split (Tremor's CategoryBar, ./rag-split-bar.tsx)
// into its placeholder in the overview's kept HTML, once the page is in the
// browser: the cards are HTML built once and sent once
// (components/overview/service-cards-html.ts), and only the bars, colour only
// and hidden from assistive technology, need React. `scope` is the kept
// HTML's slot, and the caller keys this by it (another month is a new
// instance); the placeholders are read from the page as it is (none in the
// server's render), and again whenever the slot's HTML is written anew.
import { useCallback, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { RAG_SPLIT_BAR_ATTR } from "./rag-split-bar-attr";
import { LazyRagSplitBar } from "./tremor-lazy";

interface Bar {
  box: Element;
  values: number[];
  colors: string[];
}

const NONE: Bar[] = [];
const boxOf = (scope: string) => document.querySelector(`[data-kept-html="${CSS.escape(scope)}"]`);

/** The last placeholders read, given again while they are the same elements (a snapshot must not change unless the page did). */
let last: Bar[] = NONE;

function barsIn(scope: string): Bar[] {
  const boxes = [...(boxOf(scope)?.querySelectorAll(`[${RAG_SPLIT_BAR_ATTR}]`) ?? [])];
  if (boxes.length === last.length && boxes.every((box, i) => box === last[i].box)) return last;
  last = boxes.map((box) => ({ box, ...(JSON.parse(box.getAttribute(RAG_SPLIT_BAR_ATTR) ?? "{}") as Omit<Bar, "box">) }));
  return last;
}

export function RagSplitBars({ scope }: { scope: string }) {
  const subscribe = useCallback(
    (changed: () => void) => {
      // the slot's HTML written anew (a refresh inside the app) replaces the placeholders
      const observer = new MutationObserver(changed);
      const box = boxOf(scope);
      if (box) observer.observe(box, { childList: true });
      return () => observer.disconnect();
    },
    [scope],
  );
  const bars = useSyncExternalStore(subscribe, () => barsIn(scope), () => NONE);
  return <>{bars.map((bar, i) => createPortal(<LazyRagSplitBar values={bar.values} colors={bar.colors} />, bar.box, String(i)))}</>;
}
