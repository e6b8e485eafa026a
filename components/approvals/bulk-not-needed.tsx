"use client";
// "No commentary needed" for several indicators at once, with one reason:
// the manager ticks the rows (or chooses every one not yet settled), gives
// the reason once and confirms. All are marked, or none (the action says why).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";

export type BulkNotNeededProp = (input: unknown) => Promise<ActionResult<{ marked: string[] }>>;

export function BulkNotNeeded({
  id,
  serviceKey,
  period,
  chosen,
  onChooseAll,
  onClear,
  markNotNeededBulk,
}: {
  id: string;
  serviceKey: string;
  period: string;
  chosen: { indicatorId: number; code: string; version: number }[];
  onChooseAll: () => void;
  onClear: () => void;
  markNotNeededBulk: BulkNotNeededProp;
}) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await markNotNeededBulk({
      serviceKey,
      period,
      reason,
      items: chosen.map((c) => ({ indicatorId: c.indicatorId, expectedVersion: c.version })),
    });
    setBusy(false);
    if (result.ok) {
      setDone(`Marked ${result.data.marked.join(", ")} as needing no commentary.`);
      setReason("");
      onClear();
      router.refresh();
    } else setError(result.fieldErrors?.reason ?? result.message);
  }

  return (
    <fieldset className="mt-3 rounded border border-gray-300 p-3" aria-describedby={`${id}-chosen`}>
      <legend className="px-1 text-sm font-semibold">No commentary needed for several indicators</legend>
      <p id={`${id}-chosen`} className="text-sm" role="status">
        {chosen.length === 0 ? "None chosen: tick them in the table." : `Chosen: ${chosen.map((c) => c.code).join(", ")}.`}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <Button variant="link" onClick={onChooseAll}>
          Choose every indicator not yet settled
        </Button>
        {chosen.length > 0 ? (
          <Button variant="link" onClick={onClear}>
            Clear the choice
          </Button>
        ) : null}
      </div>
      <Field id={`${id}-reason`} label="Why is no commentary needed on the chosen indicators?" labelStyle="xs" className="mt-2" error={error}>
        <Input size="sm" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button variant="secondary" size="xs" className="mt-2" disabled={busy || chosen.length === 0} onClick={() => void confirm()}>
        Mark the {chosen.length === 1 ? "chosen indicator" : `${chosen.length} chosen indicators`} as no commentary needed
      </Button>
      {done ? (
        <p className="mt-1 text-sm" role="status">
          {done}
        </p>
      ) : null}
    </fieldset>
  );
}
