"use client";
// Drafts save themselves: a debounced save while typing, and a beacon on
// leaving the page (pagehide / hidden tab) to a route handler that runs the
// same save action, so closing the tab loses nothing. Every save carries the
// version it started from; a refusal because someone else saved first is
// returned as a conflict for the writer to merge.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { SavedCommentary } from "@/lib/actions/commentary/core";
import type { ConflictDetails } from "@/lib/actions/commentary/store";
import type { CommentaryActionProp } from "./types";
import type { BrowserCopy } from "./use-browser-copy";
import { onSignedInAgain, reportSignedInAgain, signedOutNow } from "@/components/session/session-events";

const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; version: number }
  | { kind: "error"; message: string }
  /** the session has ended: nothing saves until the person signs in again (the text stays, and in browser storage) */
  | { kind: "signed-out" };

export function useAutosave({
  indicatorId,
  period,
  canEdit,
  body,
  setBody,
  initialBody,
  initialVersion,
  save,
  beaconUrl,
  browserCopy,
}: {
  indicatorId: number;
  period: string;
  canEdit: boolean;
  body: string;
  setBody: (body: string) => void;
  initialBody: string;
  initialVersion: number;
  save: CommentaryActionProp;
  beaconUrl: string;
  browserCopy: BrowserCopy;
}) {
  const router = useRouter();
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  // Refs, not state: the beacon and the timers read the latest values without re-rendering.
  const version = useRef(initialVersion);
  const savedBody = useRef(initialBody);
  const latestBody = useRef(body);
  const inFlight = useRef<Promise<unknown> | null>(null);
  /** a save met an ended session (autosave waits until the person signs in again) */
  const signedOut = useRef(false);
  // The text the server holds, as state too, for "Changes not saved yet".
  const [savedText, setSavedText] = useState(initialBody);
  useEffect(() => {
    latestBody.current = body;
  }, [body]);
  const { keep, forget } = browserCopy;

  // The page re-renders after each save (status, history). A newer version from
  // the server than ours (a restore, another tab) replaces the text; our own
  // saves come back at the version we already hold and change nothing.
  useEffect(() => {
    if (initialVersion > version.current) {
      version.current = initialVersion;
      savedBody.current = initialBody;
      setSavedText(initialBody);
      setBody(initialBody);
    }
  }, [initialVersion, initialBody, setBody]);

  /** The server now holds this text at this version. */
  const markSaved = useCallback((saved: Pick<SavedCommentary, "version" | "body">) => {
    version.current = saved.version;
    savedBody.current = saved.body;
    setSavedText(saved.body);
  }, []);

  const saveNow = useCallback(
    /** "unchanged": the server already had this text, so nothing was sent */
    async (expectedVersion = version.current, text = latestBody.current): Promise<"unchanged" | "sent"> => {
      if (!canEdit) return "unchanged";
      if (inFlight.current) await inFlight.current;
      if (text === savedBody.current && expectedVersion === version.current) return "unchanged";
      setSaveState({ kind: "saving" });
      // A save that gets no answer (a redirect to sign in when the session has ended, the network down) is a failure too, never "Saving…" for ever.
      const run = save({ indicatorId, period, expectedVersion, body: text }).catch(() => null);
      inFlight.current = run;
      const result = await run.finally(() => (inFlight.current = null));
      if (!result || (!result.ok && result.code === "unauthenticated")) {
        if (await signedOutNow(result)) {
          signedOut.current = true;
          setSaveState({ kind: "signed-out" });
        } else setSaveState({ kind: "error", message: "Lantern could not be reached. Your text is kept in this browser: try Save draft again." });
        return "sent";
      }
      if (signedOut.current) {
        signedOut.current = false;
        reportSignedInAgain();
      }
      if (result.ok) {
        markSaved(result.data);
        setConflict(null);
        setSaveState({ kind: "saved", at: result.data.updatedAt, version: result.data.version });
        if (latestBody.current === result.data.body) forget();
        router.refresh();
      } else if (result.code === "conflict") {
        const details = result.details as ConflictDetails;
        // Our own earlier beacon may have saved exactly this text: nothing to merge.
        if (details.current.body === text) {
          markSaved({ version: details.current.version, body: text });
          setConflict(null);
          setSaveState({ kind: "saved", at: details.current.updatedAt ?? "", version: details.current.version });
        } else {
          setConflict(details);
          setSaveState({ kind: "idle" });
        }
      } else {
        setSaveState({ kind: "error", message: result.message });
      }
      return "sent";
    },
    [canEdit, save, indicatorId, period, forget, markSaved, router],
  );

  // Debounced autosave while typing (paused while a conflict waits to be merged,
  // and while signed out: the text is kept in the browser meanwhile).
  const paused = saveState.kind === "signed-out";
  useEffect(() => {
    if (!canEdit || conflict || body === savedBody.current) return;
    keep(body, version.current);
    if (paused) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, canEdit, conflict, paused, keep, saveNow]);

  // Signed in again (in another tab): save what was kept.
  useEffect(() => onSignedInAgain(() => signedOut.current && void saveNow()), [saveNow]);

  // Leaving the page: a beacon survives the tab closing, where a fetch would be cancelled.
  useEffect(() => {
    if (!canEdit) return;
    const flush = () => {
      if (latestBody.current === savedBody.current || conflict) return;
      const payload = JSON.stringify({ indicatorId, period, expectedVersion: version.current, body: latestBody.current });
      navigator.sendBeacon(beaconUrl, new Blob([payload], { type: "application/json" }));
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    // Back from the browser's page cache: the beacon may have moved the version on.
    const onShow = (e: PageTransitionEvent) => e.persisted && router.refresh();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pageshow", onShow);
    };
  }, [canEdit, conflict, indicatorId, period, beaconUrl, router]);

  return {
    saveState,
    conflict,
    setConflict,
    saveNow,
    markSaved,
    /** whether the text differs from what the server holds */
    dirty: body !== savedText,
    /** the version the next save or submit starts from */
    currentVersion: () => version.current,
    /** the text as typed, including keystrokes not yet rendered */
    currentBody: () => latestBody.current,
    /** resolves once any save in flight has finished */
    settled: async () => {
      if (inFlight.current) await inFlight.current;
    },
    /** drop our text for the other person's (a conflict) */
    takeTheirs: (theirs: ConflictDetails["current"]) => {
      markSaved(theirs);
      setBody(theirs.body);
      setConflict(null);
    },
  };
}
