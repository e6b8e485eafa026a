"use client";
// The browser's own copy of commentary the server has not got yet (kept in
// localStorage while typing). When the editor opens, a copy that differs from
// the saved text and was made from the same version is offered back: the
// network may have been down when the tab closed.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

const storageKey = (indicatorId: number, period: string) => `lantern:commentary:${period}:${indicatorId}`;
const noSubscription = () => () => {};

function parse(raw: string | null): { body: string; version: number } | null {
  try {
    return JSON.parse(raw ?? "null") as { body: string; version: number } | null;
  } catch {
    return null;
  }
}

export interface BrowserCopy {
  /** text this browser kept but the server never got; null when there is none */
  unsaved: string | null;
  /** keep the text being typed, with the version it started from */
  keep: (body: string, version: number) => void;
  /** the server has the text (or the writer discarded it): drop the copy */
  forget: () => void;
  /** stop offering the unsaved text (after it was used or discarded) */
  dismiss: () => void;
}

export function useBrowserCopy({
  indicatorId,
  period,
  initialBody,
  initialVersion,
}: {
  indicatorId: number;
  period: string;
  initialBody: string;
  initialVersion: number;
}): BrowserCopy {
  const key = storageKey(indicatorId, period);
  // Read once, when the editor opens, against the text it opened with: later
  // re-renders carry our own saves. Offered only once hydrated (the server has
  // no storage, so the first render must match its HTML).
  const [opened] = useState(() => ({
    raw: typeof window === "undefined" ? null : localStorage.getItem(key),
    body: initialBody,
    version: initialVersion,
  }));
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const raw = hydrated ? opened.raw : null;
  const [dismissed, setDismissed] = useState(false);
  const kept = parse(raw);
  const offered = kept && kept.body !== opened.body && kept.version === opened.version ? kept.body : null;

  // A copy not worth offering (already saved, or from an older version) is dropped.
  useEffect(() => {
    if (raw !== null && offered === null) localStorage.removeItem(key);
  }, [raw, offered, key]);

  const keep = useCallback((body: string, version: number) => localStorage.setItem(key, JSON.stringify({ body, version })), [key]);
  const forget = useCallback(() => localStorage.removeItem(key), [key]);
  const dismiss = useCallback(() => setDismissed(true), []);
  return { unsaved: dismissed ? null : offered, keep, forget, dismiss };
}
