"use client";
// A service's scorecard for the month: each indicator's commentary status,
// "No commentary needed" (with a reason) for those not yet settled, and
// "Approve scorecard" once all are, or "Re-confirm approval" after a revision.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { CommentaryStatus } from "@/components/commentary-status";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/commentary/styles";
import type { ActionResult } from "@/lib/actions/result";
import type { CommentaryActionProp } from "@/components/commentary/types";

export interface ScorecardPanelData {
  serviceKey: string;
  name: string;
  period: string;
  periodLabel: string;
  ready: boolean;
  approved: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  figuresRevised: boolean;
  indicators: { indicatorId: number; code: string; title: string; status: string; version: number; notNeededReason: string | null }[];
}

type ApproveScorecardProp = (input: unknown) => Promise<ActionResult<unknown>>;

export function ScorecardApprovalPanel({
  data,
  approveScorecard,
  markNotNeeded,
}: {
  data: ScorecardPanelData;
  approveScorecard: ApproveScorecardProp;
  markNotNeeded: CommentaryActionProp;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `scorecard-${data.serviceKey}`;

  async function approve() {
    setBusy(true);
    setError(null);
    const result = await approveScorecard({ serviceKey: data.serviceKey, period: data.period });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-gray-300 bg-white p-4">
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {data.name}: {data.periodLabel}
      </h3>
      {data.approved ? (
        <p className="mt-1 text-sm">
          <strong>Scorecard approved</strong>
          {data.approvedBy ? ` by ${data.approvedBy}` : ""}
          {data.approvedAt ? ` on ${new Date(data.approvedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC` : ""}.
        </p>
      ) : null}
      {data.figuresRevised ? (
        <p className="mt-2 rounded border-l-4 border-orange-700 bg-orange-50 p-2 text-sm" role="status">
          <strong>Figures revised since approval.</strong> A figure was loaded again after the scorecard was approved: check
          it and re-confirm the approval.
        </p>
      ) : null}
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Commentary status of each {data.name} indicator</caption>
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className="p-1">
              Indicator
            </th>
            <th scope="col" className="p-1">
              Commentary
            </th>
            <th scope="col" className="p-1">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.indicators.map((i) => (
            <tr key={i.indicatorId} className="border-b border-gray-100 align-top">
              <td className="p-1">
                <a href={`/commentary/${data.period}/${i.indicatorId}`}>
                  {i.code} {i.title}
                </a>
              </td>
              <td className="p-1">
                <CommentaryStatus status={i.status} />
                {i.notNeededReason && i.status === "not_needed" ? <span className="ml-1 text-xs">({i.notNeededReason})</span> : null}
              </td>
              <td className="p-1">
                {i.status !== "approved" && i.status !== "not_needed" ? (
                  <NotNeededForm indicator={i} period={data.period} markNotNeeded={markNotNeeded} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3">
        {!data.approved || data.figuresRevised ? (
          <button type="button" className={PRIMARY_BUTTON} disabled={busy || !data.ready} onClick={() => void approve()} aria-describedby={`${id}-ready`}>
            {data.figuresRevised ? "Re-confirm approval" : "Approve scorecard"}
          </button>
        ) : null}
        {!data.ready ? (
          <p id={`${id}-ready`} className="mt-1 text-sm text-gray-800">
            Every indicator needs approved commentary, or to be marked as needing none, before the scorecard can be approved.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="mt-2 text-sm text-red-900">
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
}: {
  indicator: ScorecardPanelData["indicators"][number];
  period: string;
  markNotNeeded: CommentaryActionProp;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fieldId = `not-needed-${indicator.indicatorId}`;
  if (!open) {
    return (
      <button type="button" className="text-sm text-blue-900 underline" onClick={() => setOpen(true)}>
        No commentary needed<span className="sr-only"> for {indicator.code}</span>
      </button>
    );
  }
  return (
    <div>
      <label htmlFor={fieldId} className="block text-xs font-semibold">
        Why is no commentary needed on {indicator.code}?
      </label>
      <input id={fieldId} className="mt-1 w-full rounded border border-gray-500 p-1" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        className={`${SECONDARY_BUTTON} mt-1 px-2 py-1 text-sm`}
        onClick={async () => {
          const result = await markNotNeeded({ indicatorId: indicator.indicatorId, period, expectedVersion: indicator.version, reason });
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        Confirm no commentary needed
      </button>
      {error ? (
        <p role="alert" className="text-xs text-red-900">
          {error}
        </p>
      ) : null}
    </div>
  );
}
