"use client";
// Uploads one DfE file to /api/benchmarks/{step} (a model, the populations),
// with the result announced in a live region and every file error listed.
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export interface UploadOutcome {
  ok: boolean;
  message: string;
  errors: string[];
}

/** POSTs the file's bytes with the parameters in the query; the answer as an outcome to show. */
export async function uploadStep(step: string, file: File, params: [string, string][]): Promise<{ ok: boolean; body: Record<string, unknown>; outcome: UploadOutcome }> {
  const query = new URLSearchParams([["file", file.name], ...params]);
  let body: Record<string, unknown>;
  try {
    const response = await fetch(`/api/benchmarks/${step}?${query}`, { method: "POST", body: file });
    body = await response.json();
  } catch {
    return { ok: false, body: {}, outcome: { ok: false, message: "The file could not be sent. Check the connection and try again.", errors: [] } };
  }
  const errors = ((body.details as { errors?: string[] } | undefined)?.errors ?? []).slice(0, 200);
  return { ok: body.ok === true, body, outcome: { ok: body.ok === true, message: String(body.message ?? (body.ok ? "Done." : "Nothing was loaded.")), errors } };
}

export function OutcomeView({ outcome }: { outcome: UploadOutcome | null }) {
  return (
    <div aria-live="polite">
      {outcome ? (
        <Alert role={outcome.ok ? "status" : "alert"} tone={outcome.ok ? "success" : "error"} compact>
          <p>{outcome.message}</p>
          {outcome.errors.length ? (
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {outcome.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}

function successMessage(step: "model" | "population", data: Record<string, unknown>): string {
  const recomputed = Number(data.recomputed) ? ` ${data.recomputed} indicator-years recomputed.` : "";
  if (step === "model") return `Imported statistical-neighbour model ${data.name}: ${data.authorities} authorities.${recomputed}`;
  const years = data.years as string[];
  return `Imported 0–17 populations for ${years[0]}–${years.at(-1)}: ${data.figures} figures.${recomputed}`;
}

export function UploadForm({
  id,
  step,
  label,
  hint,
  submitLabel,
  children,
}: {
  id: string;
  step: "model" | "population";
  label: string;
  hint?: ReactNode;
  submitLabel: string;
  /** extra fields (named inputs are sent as parameters) */
  children?: ReactNode;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ ok: false, message: "Choose a file first.", errors: [] });
      return;
    }
    const params = [...data.entries()].filter(([k, v]) => k !== "file" && typeof v === "string" && v !== "") as [string, string][];
    setBusy(true);
    setOutcome(null);
    const result = await uploadStep(step, file, params);
    setBusy(false);
    setOutcome(result.ok ? { ok: true, message: successMessage(step, result.body.data as Record<string, unknown>), errors: [] } : result.outcome);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-busy={busy}>
      <Field id={id} name="file" label={label} hint={hint}>
        <Input type="file" accept=".csv,text/csv" required />
      </Field>
      {children}
      <OutcomeView outcome={outcome} />
      <Button type="submit" disabled={busy}>
        {busy ? "Loading…" : submitLabel}
      </Button>
    </form>
  );
}
