// A scorecard's state for the month in words: the commentary counted honestly
// ("3 approved · 6 no commentary needed · 0 waiting") and whether the
// scorecard is approved, by whom and when.
import { formatDateTime } from "@/lib/dates";
import { commentaryCountsText, type CommentaryCounts } from "@/lib/commentary/status";

export function ScorecardStatus({
  counts,
  approval,
}: {
  counts: CommentaryCounts;
  approval: { approved: boolean; approvedBy: string | null; approvedAt: string | null; figuresRevised: boolean };
}) {
  return (
    <p className="text-sm text-gray-900">
      <span className="font-semibold">Commentary:</span> {commentaryCountsText(counts)}.{" "}
      {approval.approved ? (
        <span>
          <span aria-hidden="true">✓ </span>Scorecard approved{approval.approvedBy ? ` by ${approval.approvedBy}` : ""}
          {approval.approvedAt ? ` on ${formatDateTime(approval.approvedAt)}` : ""}.
        </span>
      ) : (
        <span>Scorecard not yet approved.</span>
      )}
      {approval.figuresRevised ? <span className="font-semibold text-purple-800"> Figures revised since approval.</span> : null}
    </p>
  );
}
