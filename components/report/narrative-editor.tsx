"use client";
// The service manager writes the section narrative of the monthly report
// ("significant changes and areas of concern"), or says there is none this
// month; one or the other is needed before the scorecard can be approved,
// and the narrative is approved with it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";

export type SaveNarrativeProp = (input: unknown) => Promise<ActionResult<{ version: number; body: string; none: boolean }>>;

export function NarrativeEditor({
  serviceKey,
  serviceName,
  period,
  body,
  none,
  version,
  save,
}: {
  serviceKey: string;
  serviceName: string;
  period: string;
  body: string;
  none: boolean;
  version: number;
  save: SaveNarrativeProp;
}) {
  const router = useRouter();
  const [text, setText] = useState(body);
  const [noNarrative, setNoNarrative] = useState(none);
  const [current, setCurrent] = useState(version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `narrative-${serviceKey}`;
  return (
    <div className="mt-3 print:hidden">
      <Field
        id={id}
        label={`Write the ${serviceName} narrative`}
        labelStyle="strong"
        hint="Significant changes this month and areas of concern, for the monthly report. Needed (or “No narrative this month”) before the scorecard can be approved; it is approved with it."
      >
        <Textarea className="min-h-32" value={noNarrative ? "" : text} disabled={noNarrative} onChange={(e) => setText(e.target.value)} />
      </Field>
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-5 w-5" checked={noNarrative} onChange={(e) => setNoNarrative(e.target.checked)} />
        No narrative this month
      </label>
      <Button
        size="sm"
        className="mt-2"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await save({ serviceKey, period, body: noNarrative ? "" : text, none: noNarrative, expectedVersion: current }).catch(() => null);
          setBusy(false);
          if (result?.ok) {
            setCurrent(result.data.version);
            setMessage({ ok: true, text: result.data.none ? `Saved: no ${serviceName} narrative this month.` : `Narrative saved (version ${result.data.version}).` });
            router.refresh();
          } else setMessage({ ok: false, text: result?.message ?? "Lantern could not be reached, so nothing was changed. Try again." });
        }}
      >
        Save the narrative
      </Button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`mt-1 text-sm ${message.ok ? "" : "text-red-900"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
