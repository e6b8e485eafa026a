"use client";
// The commentary editor. Drafts save themselves: a debounced save while
// typing, and a beacon on leaving the page (pagehide / hidden tab) to a route
// handler that runs the same save action, so closing the tab loses nothing.
// The text is also kept in this browser's storage until the server has it.
// Every save carries the version it started from; a refusal shows both texts.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { PersonalDataFinding } from "@/lib/commentary/personal-data";
import { ConflictView } from "./conflict-view";
import { PersonalDataWarning } from "./personal-data-warning";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "./styles";
import type { CommentaryActionProp, ConflictData, PersonalDataData } from "./types";

const AUTOSAVE_DELAY_MS = 1500;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; version: number }
  | { kind: "error"; message: string };

export interface CommentaryEditorProps {
  indicatorId: number;
  period: string;
  label: string;
  initialBody: string;
  initialVersion: number;
  canEdit: boolean;
  canSubmit: boolean;
  draftParagraph: string;
  prompts: readonly string[];
  beaconUrl: string;
  save: CommentaryActionProp;
  submit: CommentaryActionProp;
}

const storageKey = (indicatorId: number, period: string) => `lantern:commentary:${period}:${indicatorId}`;

export function CommentaryEditor(props: CommentaryEditorProps) {
  const { indicatorId, period, canEdit, save, submit } = props;
  const router = useRouter();
  const [body, setBody] = useState(props.initialBody);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ConflictData | null>(null);
  const [findings, setFindings] = useState<PersonalDataFinding[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unsavedFromBrowser, setUnsavedFromBrowser] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Refs, not state: the beacon and the timers read the latest values without re-rendering.
  const version = useRef(props.initialVersion);
  const savedBody = useRef(props.initialBody);
  const latestBody = useRef(body);
  const inFlight = useRef<Promise<unknown> | null>(null);
  latestBody.current = body;

  const key = storageKey(indicatorId, period);

  // The page re-renders after each save (status, history). A newer version from
  // the server than ours (a restore, another tab) replaces the text; our own
  // saves come back at the version we already hold and change nothing.
  useEffect(() => {
    if (props.initialVersion > version.current) {
      version.current = props.initialVersion;
      savedBody.current = props.initialBody;
      setBody(props.initialBody);
    }
  }, [props.initialVersion, props.initialBody]);
  const dirty = body !== savedBody.current;

  // Text this browser kept but the server never got (e.g. the network was down when the tab closed).
  // Checked once, when the editor opens: later re-renders carry our own saves.
  const checkedBrowserCopy = useRef(false);
  useEffect(() => {
    if (checkedBrowserCopy.current) return;
    checkedBrowserCopy.current = true;
    try {
      const kept = JSON.parse(localStorage.getItem(key) ?? "null") as { body: string; version: number } | null;
      if (kept && kept.body !== props.initialBody && kept.version === props.initialVersion) setUnsavedFromBrowser(kept.body);
      else localStorage.removeItem(key);
    } catch {
      localStorage.removeItem(key);
    }
  }, [key, props.initialBody, props.initialVersion]);

  const saveNow = useCallback(
    async (expectedVersion = version.current, text = latestBody.current) => {
      if (!canEdit) return;
      if (inFlight.current) await inFlight.current;
      if (text === savedBody.current && expectedVersion === version.current) return;
      setSaveState({ kind: "saving" });
      const run = save({ indicatorId, period, expectedVersion, body: text });
      inFlight.current = run;
      const result = await run.finally(() => (inFlight.current = null));
      if (result.ok) {
        version.current = result.data.version;
        savedBody.current = result.data.body;
        setConflict(null);
        setSaveState({ kind: "saved", at: result.data.updatedAt, version: result.data.version });
        if (latestBody.current === result.data.body) localStorage.removeItem(key);
        router.refresh();
      } else if (result.code === "conflict") {
        const details = result.details as ConflictData;
        // Our own earlier beacon may have saved exactly this text: nothing to merge.
        if (details.current.body === text) {
          version.current = details.current.version;
          savedBody.current = text;
          setConflict(null);
          setSaveState({ kind: "saved", at: details.current.updatedAt ?? "", version: details.current.version });
        } else {
          setConflict(details);
          setSaveState({ kind: "idle" });
        }
      } else {
        setSaveState({ kind: "error", message: result.message });
      }
    },
    [canEdit, save, indicatorId, period, key, router],
  );

  // Debounced autosave while typing (paused while a conflict waits to be merged).
  useEffect(() => {
    if (!canEdit || conflict || body === savedBody.current) return;
    localStorage.setItem(key, JSON.stringify({ body, version: version.current }));
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, canEdit, conflict, key, saveNow]);

  // Leaving the page: a beacon survives the tab closing, where a fetch would be cancelled.
  useEffect(() => {
    if (!canEdit) return;
    const flush = () => {
      if (latestBody.current === savedBody.current || conflict) return;
      const payload = JSON.stringify({ indicatorId, period, expectedVersion: version.current, body: latestBody.current });
      navigator.sendBeacon(props.beaconUrl, new Blob([payload], { type: "application/json" }));
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
  }, [canEdit, conflict, indicatorId, period, props.beaconUrl, router]);

  async function doSubmit(personalDataConfirmed: boolean) {
    setBusy(true);
    setSubmitError(null);
    if (inFlight.current) await inFlight.current;
    const result = await submit({ indicatorId, period, expectedVersion: version.current, body: latestBody.current, personalDataConfirmed });
    setBusy(false);
    if (result.ok) {
      localStorage.removeItem(key);
      version.current = result.data.version;
      savedBody.current = result.data.body;
      setFindings(null);
      router.refresh();
    } else if (result.code === "personal_data") {
      setFindings((result.details as PersonalDataData).findings);
    } else if (result.code === "conflict") {
      setFindings(null);
      setConflict(result.details as ConflictData);
    } else {
      setSubmitError(result.message);
    }
  }

  function startFromFigures() {
    setBody((current) => (current.trim() ? `${props.draftParagraph}\n\n${current}` : props.draftParagraph));
    textarea.current?.focus();
  }

  function addPrompts() {
    const headings = props.prompts.join("\n\n\n");
    setBody((current) => (current.trim() ? `${current}\n\n${headings}\n` : `${headings}\n`));
    textarea.current?.focus();
  }

  const status = statusText(saveState, dirty, canEdit);

  return (
    <div>
      {unsavedFromBrowser !== null ? (
        <div className="mb-3 rounded border border-sky-800 bg-sky-50 p-3 text-sm" role="status">
          This browser kept text you had not saved.{" "}
          <button type="button" className="font-semibold text-blue-900 underline" onClick={() => (setBody(unsavedFromBrowser), setUnsavedFromBrowser(null))}>
            Use the unsaved text
          </button>{" "}
          <button
            type="button"
            className="font-semibold text-blue-900 underline"
            onClick={() => (localStorage.removeItem(key), setUnsavedFromBrowser(null))}
          >
            Discard it
          </button>
        </div>
      ) : null}

      {canEdit ? (
        <div className="mb-2 flex flex-wrap gap-2">
          <button type="button" className={SECONDARY_BUTTON} onClick={startFromFigures}>
            Start from the figures
          </button>
          <button type="button" className={SECONDARY_BUTTON} onClick={addPrompts}>
            Add the prompts
          </button>
        </div>
      ) : null}

      <label htmlFor="commentary-body" className="block font-semibold">
        Commentary
      </label>
      <p id="commentary-hint" className="text-sm text-gray-700">
        Optional prompts: {props.prompts.join(" ")}
      </p>
      <textarea
        id="commentary-body"
        ref={textarea}
        aria-describedby="commentary-hint commentary-save-status"
        className="mt-1 block min-h-64 w-full rounded border border-gray-500 bg-white p-3 font-[inherit] text-base leading-relaxed read-only:bg-gray-100"
        value={body}
        readOnly={!canEdit}
        onChange={(e) => setBody(e.target.value)}
      />
      <p id="commentary-save-status" className="mt-1 min-h-6 text-sm text-gray-800" role="status" aria-live="polite">
        {status}
      </p>

      {conflict ? (
        <ConflictView
          mine={body}
          conflict={conflict}
          busy={saveState.kind === "saving"}
          onUseTheirs={() => {
            version.current = conflict.current.version;
            savedBody.current = conflict.current.body;
            setBody(conflict.current.body);
            setConflict(null);
          }}
          onSaveMerged={() => void saveNow(conflict.current.version, latestBody.current)}
        />
      ) : null}

      {findings ? (
        <PersonalDataWarning
          text={body}
          findings={findings}
          busy={busy}
          onConfirm={() => void doSubmit(true)}
          onEdit={() => (setFindings(null), textarea.current?.focus())}
        />
      ) : null}

      {submitError ? (
        <p className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900" role="alert">
          {submitError}
        </p>
      ) : null}

      {canEdit ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className={SECONDARY_BUTTON} onClick={() => void saveNow()} disabled={saveState.kind === "saving" || !!conflict}>
            Save draft
          </button>
          {props.canSubmit ? (
            <button type="button" className={PRIMARY_BUTTON} onClick={() => void doSubmit(false)} disabled={busy || !!conflict || !body.trim()}>
              Submit
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function statusText(state: SaveState, dirty: boolean, canEdit: boolean): string {
  if (!canEdit) return "";
  switch (state.kind) {
    case "saving":
      return "Saving…";
    case "error":
      return `Not saved: ${state.message}`;
    case "saved":
      return dirty ? "Changes not saved yet" : `Draft saved (version ${state.version}) at ${formatTime(state.at)}`;
    default:
      return dirty ? "Changes not saved yet" : "";
  }
}

function formatTime(iso: string): string {
  if (!iso) return "";
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
