"use client";
// "No commentary needed" for several indicators at once, with one reason:
// the manager ticks the rows (or chooses every one not yet settled), gives
// the reason once and confirms. All are marked, or none (the action says why).
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useActionResult } from "@/components/ui/focus-manager";
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
  /** ticks every indicator not yet settled; says how many that is */
  onChooseAll: () => number;
  onClear: () => void;
  markNotNeededBulk: BulkNotNeededProp;
}) {
  const finish = useActionResult();
  const input = useRef<HTMLInputElement>(null);
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
      const message = `Marked ${result.data.marked.join(", ")} as needing no commentary.`;
      setDone(message);
      setReason("");
      onClear();
      // once every indicator is settled this part leaves the page: then the scorecard's heading
      finish({ message, focus: [`${id}-done`, id.replace(/-bulk$/, "-heading")], refresh: true });
    } else {
      const message = result.fieldErrors?.reason ?? result.message;
      setError(message);
      finish({ message, focus: input.current });
    }
  }

  // Ticking boxes elsewhere in the table is said, and focus stays on (or comes back to) the choosing button.
  function chooseAll() {
    const count = onChooseAll();
    const message = count === 0 ? "No indicator is left to choose." : `${count} ${count === 1 ? "indicator" : "indicators"} chosen.`;
    finish({ message, focus: `${id}-choose-all` });
  }
  function clear() {
    onClear();
    finish({ message: "No indicators chosen.", focus: `${id}-choose-all` });
  }

  return (
    <fieldset className="mt-3 rounded border border-gray-300 p-3" aria-describedby={`${id}-chosen`}>
      <legend className="px-1 text-sm font-semibold">No commentary needed for several indicators</legend>
      <p id={`${id}-chosen`} className="text-sm">
        {chosen.length === 0 ? "None chosen: tick them in the table." : `Chosen: ${chosen.map((c) => c.code).join(", ")}.`}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <Button variant="link" id={`${id}-choose-all`} onClick={chooseAll}>
          Choose every indicator not yet settled
        </Button>
        {chosen.length > 0 ? (
          <Button variant="link" onClick={clear}>
            Clear the choice
          </Button>
        ) : null}
      </div>
      <Field id={`${id}-reason`} label="Why is no commentary needed on the chosen indicators?" labelStyle="xs" className="mt-2" error={error}>
        <Input ref={input} size="sm" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button variant="secondary" size="xs" className="mt-2" disabled={busy || chosen.length === 0} onClick={() => void confirm()}>
        Mark the {chosen.length === 1 ? "chosen indicator" : `${chosen.length} chosen indicators`} as no commentary needed
      </Button>
      {done ? (
        <p id={`${id}-done`} className="mt-1 text-sm">
          {done}
        </p>
      ) : null}
    </fieldset>
  );
}
