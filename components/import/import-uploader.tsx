"use client";
// The import page's form: choose a file (and its kind, or let Lantern
// recognise it; and the sheet of a workbook), preview it, then import exactly
// that file. Both steps stream their progress, and the page stays usable
// while they run. Each step's result is said in the page's live region and
// takes focus (the preview's heading, the import's result, or the problem),
// so focus is never left on <body> when the preview it was in goes.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Options } from "@/components/ui/field";
import type { ImportPreview as Preview } from "@/lib/import/preview-types";
import { useActionResult } from "@/components/ui/focus-manager";
import { ImportPreview, PREVIEW_HEADING_ID } from "./import-preview";
import { postStreaming, refusalMessage, type StreamLine } from "./stream";
import { roundTo } from "@/lib/figures/round";

type Busy = null | "previewing" | "importing";

interface Done {
  batchId: number;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  opened: string[];
}

const n = (x: number) => x.toLocaleString("en-GB");

const RESULT_ID = "import-result";
const PROBLEM_ID = "import-problem";

function importedText(done: Done): string {
  return `Imported ${done.file}: ${n(done.inserted)} new, ${n(done.updated)} revised, ${n(done.unchanged)} unchanged.`;
}

function progressText(line: StreamLine): string | null {
  switch (line.stage) {
    case "received":
      return `Received ${n(roundTo(Number(line.bytes) / 1024, 0))} KB; reading the file…`;
    case "parsed":
      return `Read ${n(Number(line.rows))} rows; checking them…`;
    case "checked":
      return Number(line.errors) > 0 ? `Checked: ${n(Number(line.errors))} errors.` : "Checked: no errors; comparing with the stored figures…";
    case "planned":
      return "Preview ready.";
    case "writing":
      return `Writing ${n(Number(line.rows))} rows in one transaction…`;
    case "written":
      return "Written; finishing…";
    default:
      return null;
  }
}

export function ImportUploader({ kinds, maxBytesText, maxBytes }: { kinds: readonly string[]; maxBytesText: string; maxBytes: number }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState("auto");
  const [sheet, setSheet] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const finish = useActionResult();
  // A step's result is said and focused once it is on the page (after the render that shows it).
  const [outcome, setOutcome] = useState<{ message: string; focus: string } | null>(null);
  useEffect(() => {
    if (outcome) finish(outcome);
  }, [outcome, finish]);

  function fail(message: string) {
    setStatus(null);
    setProblem(message);
    setOutcome({ message, focus: PROBLEM_ID });
  }

  async function runPreview() {
    if (!file) {
      setProblem("Choose a file to preview.");
      finish({ message: "Choose a file to preview.", focus: fileInput.current });
      return;
    }
    if (file.size > maxBytes) {
      fail(`The file is larger than the ${maxBytesText} Lantern takes in one import. Split it into smaller files.`);
      return;
    }
    setBusy("previewing");
    setProblem(null);
    setDone(null);
    setPreview(null);
    setUploaded(0);
    setStatus("Uploading…");
    const params = new URLSearchParams({ file: file.name, kind });
    if (sheet) params.set("sheet", sheet);
    try {
      let result: StreamLine | null = null;
      const answer = await postStreaming({
        url: `/api/import/preview?${params}`,
        body: file,
        contentType: "application/octet-stream",
        onUpload: (sent, total) => setUploaded(total > 0 ? roundTo((sent / total) * 100, 0) : null),
        onLine: (line) => {
          if (line.type === "result") result = line;
          else setStatus(progressText(line));
        },
      });
      setUploaded(null);
      const final = result as StreamLine | null;
      if (!final) throw new Error(refusalMessage(answer.status, answer.text));
      if (!final.ok) throw new Error(String(final.message));
      const p = final.preview as Preview;
      setPreview(p);
      const said = p.ok ? `Preview ready: ${n(p.rows)} rows.` : `The file has ${n(p.errors.length)} errors.`;
      setStatus(said);
      setOutcome({ message: said, focus: PREVIEW_HEADING_ID });
    } catch (error) {
      fail((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!preview?.uploadId) return;
    setBusy("importing");
    setProblem(null);
    setStatus("Importing…");
    try {
      let result: StreamLine | null = null;
      const answer = await postStreaming({
        url: "/api/import/confirm",
        body: JSON.stringify({ uploadId: preview.uploadId, sha256: preview.sha256 }),
        contentType: "application/json",
        onLine: (line) => {
          if (line.type === "result") result = line;
          else setStatus(progressText(line));
        },
      });
      const final = result as StreamLine | null;
      if (!final) throw new Error(refusalMessage(answer.status, answer.text));
      if (!final.ok) throw new Error(String(final.message));
      const data = final.data as Done;
      setDone(data);
      setPreview(null);
      setFile(null);
      setSheet("");
      if (fileInput.current) fileInput.current.value = "";
      setStatus(null);
      setOutcome({ message: importedText(data), focus: RESULT_ID });
    } catch (error) {
      fail((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const visibleSheets = preview?.sheets.filter((s) => !s.hidden) ?? [];
  return (
    <div className="space-y-5">
      <form
        className="space-y-4 rounded border border-gray-300 bg-white p-4"
        aria-label="Choose a file to import"
        onSubmit={(e) => {
          e.preventDefault();
          void runPreview();
        }}
      >
        <Field id="import-file" label="File (CSV or XLSX)" hint={`Up to ${maxBytesText}. CSV files must be UTF-8 ("CSV UTF-8" in Excel).`}>
          <Input
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setSheet("");
              setDone(null);
            }}
          />
        </Field>
        <div className="flex flex-wrap gap-4">
          <Field id="import-kind" label="Kind of file" className="min-w-64">
            <Select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="auto">Recognise it from the header row</option>
              <Options options={kinds.map((k) => ({ value: k, label: k }))} />
            </Select>
          </Field>
          {visibleSheets.length > 1 ? (
            <Field id="import-sheet" label="Sheet" hint="Hidden sheets are never imported." className="min-w-64">
              <Select value={sheet || preview?.sheet || ""} onChange={(e) => setSheet(e.target.value)}>
                <Options options={visibleSheets.map((s) => ({ value: s.name, label: s.name }))} />
              </Select>
            </Field>
          ) : null}
        </div>
        <Button type="submit" disabled={busy !== null}>
          {busy === "previewing" ? "Previewing…" : preview ? "Preview again" : "Preview"}
        </Button>
      </form>

      {/* progress and results are said in the page's one live region (useActionResult), so nothing here has a live role */}
      <div className="space-y-2">
        {status ? <p>{status}</p> : null}
        {uploaded !== null && busy === "previewing" ? (
          <label className="block text-sm">
            Upload
            <progress className="ml-2 align-middle" max={100} value={uploaded}>
              {uploaded}%
            </progress>
          </label>
        ) : null}
        {problem ? (
          <Alert tone="error" id={PROBLEM_ID}>
            {problem}
          </Alert>
        ) : null}
        {done ? (
          <Alert tone="success" id={RESULT_ID}>
            <p className="font-semibold">{importedText(done)}</p>
            {done.opened.length > 0 ? <p>Opened for commentary: {done.opened.join(", ")}.</p> : null}
            <p>
              <Link className="font-semibold text-blue-900 underline" href={`/admin/imports/${done.batchId}`}>
                See this import in the history
              </Link>{" "}
              (it can be undone there).
            </p>
          </Alert>
        ) : null}
      </div>

      {preview ? (
        <section aria-label="Preview" className="space-y-4">
          <ImportPreview preview={preview} />
          {preview.ok ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={() => void runImport()} disabled={busy !== null}>
                {busy === "importing" ? "Importing…" : `Import ${n(preview.rows)} ${preview.rows === 1 ? "row" : "rows"}`}
              </Button>
              <span className="text-sm text-gray-700">Writes exactly this file, in one transaction, or nothing.</span>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
