"use client";
// The commentary editor. Drafts save themselves (use-autosave: a debounced
// save while typing, a beacon on leaving the page), and the text is also kept
// in this browser's storage until the server has it (use-browser-copy).
// Every save carries the version it started from; a refusal shows both texts.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { PersonalDataFinding } from "@/lib/commentary/personal-data";
import { formatTime } from "@/lib/dates";
import { ConflictView } from "./conflict-view";
import { PersonalDataWarning } from "./personal-data-warning";
import type { PersonalDataDetails } from "@/lib/actions/commentary/core";
import type { ConflictDetails } from "@/lib/actions/commentary/store";
import type { CommentaryActionProp } from "./types";
import { useAutosave, type SaveState } from "./use-autosave";
import { useBrowserCopy } from "./use-browser-copy";

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
  const router = useRouter();
  const [body, setBody] = useState(props.initialBody);
  const [findings, setFindings] = useState<PersonalDataFinding[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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

  async function doSubmit(personalDataConfirmed: boolean) {
    setBusy(true);
    setSubmitError(null);
    await autosave.settled();
    const result = await submit({
      indicatorId,
      period,
      expectedVersion: autosave.currentVersion(),
      body: autosave.currentBody(),
      personalDataConfirmed,
    });
    setBusy(false);
    if (result.ok) {
      browserCopy.forget();
      autosave.markSaved(result.data);
      setFindings(null);
      router.refresh();
    } else if (result.code === "personal_data") {
      setFindings((result.details as PersonalDataDetails).findings);
    } else if (result.code === "conflict") {
      setFindings(null);
      setConflict(result.details as ConflictDetails);
    } else {
      setSubmitError(result.message);
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

  const status = statusText(saveState, autosave.dirty, canEdit);
  const unsaved = browserCopy.unsaved;

  return (
    <div>
      {unsaved !== null ? (
        <Alert tone="info" role="status" className="mb-3">
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
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <p id="commentary-save-status" className="mt-1 min-h-6 text-sm text-gray-800" role="status" aria-live="polite">
        {status}
      </p>

      {conflict ? (
        <ConflictView
          mine={body}
          conflict={conflict}
          busy={saveState.kind === "saving"}
          onUseTheirs={() => autosave.takeTheirs(conflict.current)}
          onSaveMerged={() => void saveNow(conflict.current.version, autosave.currentBody())}
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
        <Alert as="p" tone="error" role="alert" className="mt-3">
          {submitError}
        </Alert>
      ) : null}

      {canEdit ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => void saveNow()} disabled={saveState.kind === "saving" || !!conflict}>
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
    case "saved":
      return dirty ? "Changes not saved yet" : `Draft saved (version ${state.version}) at ${formatTime(state.at)}`;
    default:
      return dirty ? "Changes not saved yet" : "";
  }
}

