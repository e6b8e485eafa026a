"use client";
// The service manager writes the section narrative of the monthly report
// ("significant changes and areas of concern"); it is approved with the scorecard.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";

export type SaveNarrativeProp = (input: unknown) => Promise<ActionResult<{ version: number; body: string }>>;

export function NarrativeEditor({
  serviceKey,
  serviceName,
  period,
  body,
  version,
  save,
}: {
  serviceKey: string;
  serviceName: string;
  period: string;
  body: string;
  version: number;
  save: SaveNarrativeProp;
}) {
  const router = useRouter();
  const [text, setText] = useState(body);
  const [current, setCurrent] = useState(version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `narrative-${serviceKey}`;
  return (
    <div className="mt-3 print:hidden">
      <Field id={id} label={`Write the ${serviceName} narrative`} labelStyle="strong" hint="Significant changes this month and areas of concern. It is approved when the scorecard is.">
        <Textarea className="min-h-32" value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <Button
        size="sm"
        className="mt-2"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await save({ serviceKey, period, body: text, expectedVersion: current });
          setBusy(false);
          if (result.ok) {
            setCurrent(result.data.version);
            setMessage({ ok: true, text: `Narrative saved (version ${result.data.version}).` });
            router.refresh();
          } else setMessage({ ok: false, text: result.message });
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
