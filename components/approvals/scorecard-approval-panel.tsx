"use client";
// A service's scorecard for the month: each indicator's commentary status,
// "No commentary needed" (with a reason) for those not yet settled, and
// "Approve scorecard" once all are, or "Re-confirm approval" after a revision.
// Several can be chosen and marked "No commentary needed" at once, with one
// reason (./bulk-not-needed.tsx).
import { useEffect, useRef, useState } from "react";
import { CommentaryStatus } from "@/components/commentary-status";
import { commentaryHref } from "@/components/links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useActionResult } from "@/components/ui/focus-manager";
import { Table, TableHead } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";
import type { CommentaryActionProp } from "@/components/commentary/types";
import type { ScorecardApprovalState } from "@/lib/queries/approvals";
import { formatDateTime } from "@/lib/dates";
import { NarrativeEditor, type SaveNarrativeProp } from "@/components/report/narrative-editor";
import { BulkNotNeeded, type BulkNotNeededProp } from "./bulk-not-needed";

/** A service's scorecard approval for the month, with the month in words. */
type ScorecardPanelData = ScorecardApprovalState & { period: string; periodLabel: string };

type ApproveScorecardProp = (input: unknown) => Promise<ActionResult<unknown>>;

export function ScorecardApprovalPanel({
  data,
  approveScorecard,
  markNotNeeded,
  markNotNeededBulk,
  saveNarrative,
}: {
  data: ScorecardPanelData;
  approveScorecard: ApproveScorecardProp;
  markNotNeeded: CommentaryActionProp;
  markNotNeededBulk: BulkNotNeededProp;
  saveNarrative: SaveNarrativeProp;
}) {
  const finish = useActionResult();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const id = `scorecard-${data.serviceKey}`;
  const open = data.indicators.filter((i) => i.status !== "approved" && i.status !== "not_needed");
  const toggle = (indicatorId: number, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(indicatorId);
      else next.delete(indicatorId);
      return next;
    });

  async function approve() {
    setBusy(true);
    setError(null);
    const result = await approveScorecard({ serviceKey: data.serviceKey, period: data.period }).catch(() => null);
    setBusy(false);
    if (result?.ok) finish({ message: `Scorecard approved: ${data.name}, ${data.periodLabel}.`, focus: [`${id}-approved`, `${id}-heading`], refresh: true });
    else {
      const message = result?.message ?? "Lantern could not be reached, so nothing was changed. Try again.";
      setError(message);
      finish({ message, focus: `${id}-error` });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-gray-300 bg-white p-4">
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {data.name}: {data.periodLabel}
      </h3>
      {data.approved ? (
        <p id={`${id}-approved`} className="mt-1 text-sm">
          <strong>Scorecard approved</strong>
          {data.approvedBy ? ` by ${data.approvedBy}` : ""}
          {data.approvedAt ? ` on ${formatDateTime(data.approvedAt)}` : ""}.
        </p>
      ) : null}
      {data.figuresRevised ? (
        <Alert as="p" tone="warning" compact className="mt-2" role="status">
          <strong>Figures revised since approval.</strong> A figure was loaded again after the scorecard was approved: check
          it and re-confirm the approval.
        </Alert>
      ) : null}
      <Table caption={`Commentary status of each ${data.name} indicator`} className="mt-3">
        <TableHead rowClassName="border-b border-gray-300 text-left" cellClassName="p-1" columns={["Indicator", "Commentary", { label: <span className="sr-only">Actions</span> }, { label: "Choose", className: "text-xs font-semibold" }]} />
        <tbody>
          {data.indicators.map((i) => (
            <tr key={i.indicatorId} className="border-b border-gray-100 align-top">
              <td className="p-1">
                <a href={commentaryHref(data.period, i.indicatorId)}>
                  {i.code} {i.title}
                </a>
              </td>
              <td className="p-1" id={`${id}-status-${i.indicatorId}`}>
                <CommentaryStatus status={i.status} />
                {i.notNeededReason && i.status === "not_needed" ? <span className="text-xs"> ({i.notNeededReason})</span> : null}
              </td>
              <td className="p-1">
                {i.status !== "approved" && i.status !== "not_needed" ? (
                  <NotNeededForm indicator={i} period={data.period} markNotNeeded={markNotNeeded} statusId={`${id}-status-${i.indicatorId}`} />
                ) : null}
              </td>
              <td className="p-1">
                {i.status !== "approved" && i.status !== "not_needed" ? (
                  <input
                    type="checkbox"
                    id={`${id}-choose-${i.indicatorId}`}
                    className="h-5 w-5"
                    checked={chosen.has(i.indicatorId)}
                    onChange={(e) => toggle(i.indicatorId, e.target.checked)}
                    aria-label={`Choose ${i.code} for no commentary needed`}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {open.length > 0 ? (
        <BulkNotNeeded
          id={`${id}-bulk`}
          serviceKey={data.serviceKey}
          period={data.period}
          chosen={open.filter((i) => chosen.has(i.indicatorId)).map((i) => ({ indicatorId: i.indicatorId, code: i.code, version: i.version }))}
          onChooseAll={() => {
            setChosen(new Set(open.map((i) => i.indicatorId)));
            return open.length;
          }}
          onClear={() => setChosen(new Set())}
          markNotNeededBulk={markNotNeededBulk}
        />
      ) : null}
      <h4 className="mt-4 font-semibold">Narrative for the monthly report</h4>
      {!data.approved || data.figuresRevised ? (
        <NarrativeEditor
          serviceKey={data.serviceKey}
          serviceName={data.name}
          period={data.period}
          body={data.narrative.body}
          none={data.narrative.none}
          version={data.narrative.version}
          save={saveNarrative}
        />
      ) : (
        <p className="mt-1 whitespace-pre-wrap text-sm">{data.narrative.none ? "No narrative this month." : data.narrative.body}</p>
      )}
      <div className="mt-3">
        {!data.approved || data.figuresRevised ? (
          <Button disabled={busy || !data.ready} onClick={() => void approve()} aria-describedby={`${id}-ready`}>
            {data.figuresRevised ? "Re-confirm approval" : "Approve scorecard"}
          </Button>
        ) : null}
        {!data.ready ? (
          <p id={`${id}-ready`} className="mt-1 text-sm text-gray-800">
            Every indicator needs approved commentary, or to be marked as needing none, and the narrative needs writing (or “No narrative
            this month”) before the scorecard can be approved.
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="mt-2 text-sm text-red-900">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function NotNeededForm({
  indicator,
  period,
  markNotNeeded,
  statusId,
}: {
  indicator: ScorecardPanelData["indicators"][number];
  period: string;
  markNotNeeded: CommentaryActionProp;
  /** the row's status cell, where focus goes once it says "No commentary needed" */
  statusId: string;
}) {
  const finish = useActionResult();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = `not-needed-${indicator.indicatorId}`;
  // The button that opened the form is gone: focus goes to the form's field.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" className="text-sm text-blue-900 underline" onClick={() => setOpen(true)}>
        No commentary needed<span className="sr-only"> for {indicator.code}</span>
      </button>
    );
  }
  return (
    <div>
      <Field id={fieldId} label={`Why is no commentary needed on ${indicator.code}?`} labelStyle="xs" error={error}>
        <Input ref={input} size="sm" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button
        variant="secondary"
        size="xs"
        className="mt-1"
        onClick={async () => {
          const result = await markNotNeeded({ indicatorId: indicator.indicatorId, period, expectedVersion: indicator.version, reason }).catch(() => null);
          if (result?.ok) {
            finish({ message: `${indicator.code} marked as no commentary needed.`, focus: statusId, refresh: true });
          } else {
            const message = result?.fieldErrors?.reason ?? result?.message ?? "Lantern could not be reached, so nothing was changed. Try again.";
            setError(message);
            // the message is tied to the field (aria-describedby), which takes focus
            finish({ message, focus: input.current });
          }
        }}
      >
        Confirm no commentary needed
      </Button>
    </div>
  );
}
