"use client";
// The commentary editor. Drafts save themselves (use-autosave: a debounced
// save while typing, a beacon on leaving the page), and the text is also kept
// in this browser's storage until the server has it (use-browser-copy).
// Every save carries the version it started from; a refusal shows both texts.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useActionResult } from "@/components/ui/focus-manager";
import { SIGN_IN_AGAIN_HREF } from "@/components/links";
import { signedOutNow } from "@/components/session/session-events";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { PersonalDataFinding } from "@/lib/commentary/personal-data";
import { formatTime } from "@/lib/dates";
import type { PersonalDataDetails } from "@/lib/actions/commentary/core";
import type { ConflictDetails } from "@/lib/actions/commentary/store";
import type { CommentaryActionProp } from "./types";
import { useAutosave, type SaveState } from "./use-autosave";
import { useBrowserCopy } from "./use-browser-copy";

// Shown only after a save meets someone else's or a submit meets possible
// personal data: loaded then, so the editor's first load stays small (every
// page's first-load JavaScript is kept under 150 kB gzipped). React's own lazy: next/dynamic's
// loader would add more to the page than it saves.
const ConflictView = lazy(() => import("./conflict-view").then((m) => ({ default: m.ConflictView })));
const PersonalDataWarning = lazy(() => import("./personal-data-warning").then((m) => ({ default: m.PersonalDataWarning })));

export interface CommentaryEditorProps {
  indicatorId: number;
  period: string;
  label: string;
  initialBody: string;
  initialVersion: number;
  canEdit: boolean;
  canSubmit: boolean;
  draftParagraph: string;
  /** the latest earlier month's text ("Start from last month's text"), with its month in words */
  lastMonth?: { label: string; body: string } | null;
  prompts: readonly string[];
  beaconUrl: string;
  save: CommentaryActionProp;
  submit: CommentaryActionProp;
}

export function CommentaryEditor(props: CommentaryEditorProps) {
  const { indicatorId, period, canEdit, submit } = props;
  const finish = useActionResult();
  const [body, setBody] = useState(props.initialBody);
  const [findings, setFindings] = useState<PersonalDataFinding[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** the last step's outcome in words ("Submitted for approval"), shown in the status line */
  const [result, setResult] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const browserCopy = useBrowserCopy({ indicatorId, period, initialBody: props.initialBody, initialVersion: props.initialVersion });
  const autosave = useAutosave({
    indicatorId,
    period,
    canEdit,
    body,
    setBody,
    initialBody: props.initialBody,
    initialVersion: props.initialVersion,
    save: props.save,
    beaconUrl: props.beaconUrl,
    browserCopy,
  });
  const { saveState, conflict, setConflict, saveNow } = autosave;

  // A save's outcome is announced when someone pressed Save draft, and always when it failed
  // (autosave's successes only show in the status line: announcing each would talk over the typing).
  // A save after signing in again (what was kept while signed out) is announced too.
  const saveAsked = useRef(false);
  const wasSignedOut = useRef(false);
  useEffect(() => {
    const restored = wasSignedOut.current && saveState.kind === "saved";
    const explicit = saveAsked.current || restored;
    if (saveState.kind === "saving" || saveState.kind === "idle") return;
    saveAsked.current = false;
    wasSignedOut.current = saveState.kind === "signed-out";
    if (saveState.kind === "saved" && explicit) finish({ message: `${restored ? "You are signed in again. " : ""}${statusText(saveState, false, true)}` });
    else if (saveState.kind === "error" || saveState.kind === "signed-out") finish({ message: statusText(saveState, false, true) });
  }, [saveState, finish]);

  async function saveDraft() {
    setResult(null);
    saveAsked.current = true;
    if ((await saveNow()) === "unchanged") {
      saveAsked.current = false;
      finish({ message: "The draft is saved: nothing has changed since the last save." });
    }
  }

  async function doSubmit(personalDataConfirmed: boolean) {
    setBusy(true);
    setSubmitError(null);
    setResult(null);
    await autosave.settled();
    const outcome = await submit({
      indicatorId,
      period,
      expectedVersion: autosave.currentVersion(),
      body: autosave.currentBody(),
      personalDataConfirmed,
    }).catch(() => null);
    setBusy(false);
    if (!outcome || (!outcome.ok && outcome.code === "unauthenticated")) {
      const message = (await signedOutNow(outcome))
        ? "Not submitted: you have been signed out. Your text is kept in this browser; sign in again in a new tab, then submit."
        : "Not submitted: Lantern could not be reached. Your text is kept in this browser; try again.";
      setSubmitError(message);
      finish({ message, focus: "commentary-submit-error" });
    } else if (outcome.ok) {
      browserCopy.forget();
      autosave.markSaved(outcome.data);
      setFindings(null);
      const message = "Submitted for approval. Your manager has been told.";
      setResult(message);
      finish({ message, focus: "commentary-save-status", refresh: true });
    } else if (outcome.code === "personal_data") {
      setFindings((outcome.details as PersonalDataDetails).findings);
      finish({ message: "Not submitted yet: check the text for personal data first.", focus: "personal-data-heading" });
    } else if (outcome.code === "conflict") {
      setFindings(null);
      setConflict(outcome.details as ConflictDetails);
      finish({ message: "Not submitted: someone else saved this commentary first. Compare the two texts.", focus: "conflict-heading" });
    } else {
      setSubmitError(outcome.message);
      finish({ message: outcome.message, focus: "commentary-submit-error" });
    }
  }

  function startFromFigures() {
    setBody((current) => (current.trim() ? `${props.draftParagraph}\n\n${current}` : props.draftParagraph));
    textarea.current?.focus();
  }

  function startFromLastMonth() {
    const earlier = props.lastMonth?.body ?? "";
    setBody((current) => (current.trim() ? `${earlier}\n\n${current}` : earlier));
    textarea.current?.focus();
  }

  function addPrompts() {
    const headings = props.prompts.join("\n\n\n");
    setBody((current) => (current.trim() ? `${current}\n\n${headings}\n` : `${headings}\n`));
    textarea.current?.focus();
  }

  const status = result ?? statusText(saveState, autosave.dirty, canEdit);
  const unsaved = browserCopy.unsaved;
  // Text kept from an earlier visit is offered as the editor opens: say so once.
  const offered = unsaved !== null;
  useEffect(() => {
    if (offered) finish({ message: "This browser kept text you had not saved. Use it or discard it: the buttons are above the commentary." });
  }, [offered, finish]);

  return (
    <div>
      {unsaved !== null ? (
        <Alert tone="info" className="mb-3">
          This browser kept text you had not saved.{" "}
          <Button variant="link" onClick={() => (setBody(unsaved), browserCopy.dismiss())}>
            Use the unsaved text
          </Button>{" "}
          <Button variant="link" onClick={() => (browserCopy.forget(), browserCopy.dismiss())}>
            Discard it
          </Button>
        </Alert>
      ) : null}

      {canEdit ? (
        <div className="mb-2 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={startFromFigures}>
            Start from the figures
          </Button>
          {props.lastMonth ? (
            <Button variant="secondary" onClick={startFromLastMonth}>
              Start from last month&apos;s text<span className="sr-only"> ({props.lastMonth.label})</span>
            </Button>
          ) : null}
          <Button variant="secondary" onClick={addPrompts}>
            Add the prompts
          </Button>
        </div>
      ) : null}

      <Field id="commentary-body" label="Commentary" labelStyle="lead" hint={`Optional prompts: ${props.prompts.join(" ")}`}>
        <Textarea
          ref={textarea}
          aria-describedby="commentary-save-status"
          size="text"
          className="min-h-64"
          value={body}
          readOnly={!canEdit}
          onChange={(e) => (setBody(e.target.value), setResult(null))}
        />
      </Field>
      {/* the result is announced through the page's live region (useActionResult); this line shows it */}
      <p id="commentary-save-status" className="mt-1 min-h-6 text-sm text-gray-800">
        {status}
        {saveState.kind === "signed-out" ? (
          <>
            {" "}
            <a href={SIGN_IN_AGAIN_HREF} target="_blank" rel="noopener">
              Sign in again<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
      </p>

      <Suspense fallback={null}>
        {conflict ? (
          <ConflictView
            mine={body}
            conflict={conflict}
            busy={saveState.kind === "saving"}
            onUseTheirs={() => autosave.takeTheirs(conflict.current)}
            onSaveMerged={() => ((saveAsked.current = true), void saveNow(conflict.current.version, autosave.currentBody()))}
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
      </Suspense>

      {submitError ? (
        <Alert as="p" tone="error" id="commentary-submit-error" className="mt-3">
          {submitError}
        </Alert>
      ) : null}

      {canEdit ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => void saveDraft()} disabled={!!conflict}>
            Save draft
          </Button>
          {props.canSubmit ? (
            <Button onClick={() => void doSubmit(false)} disabled={busy || !!conflict || !body.trim()}>
              Submit
            </Button>
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
    case "signed-out":
      return "Not saved: you have been signed out. Your text is still here and kept in this browser; sign in again in a new tab and it will be saved.";
    case "saved":
      return dirty ? "Changes not saved yet" : `Draft saved (version ${state.version}) at ${formatTime(state.at)}`;
    default:
      return dirty ? "Changes not saved yet" : "";
  }
}

