// A commentary's stale numbers: the figure was revised after the text was
// written and the text still says the old one. Shown to the reporter (the
// editor), the approving manager (approvals) and a paper's composer, with a
// way to dismiss it when the text is right as it stands.
import { ActionForm } from "@/components/snapshot/action-form";
import { Alert } from "@/components/ui/alert";
import { dismissStaleNumbersAction } from "@/lib/actions/commentary/entry";
import { staleNumberText, type StaleNumber } from "@/lib/commentary/stale-numbers";

export function StaleFlag({ code, indicatorId, period, numbers, canDismiss }: { code: string; indicatorId: number; period: string; numbers: StaleNumber[]; canDismiss: boolean }) {
  return (
    <Alert tone="warning" role="note">
      <p>
        <span className="font-semibold">Stale number in the {code} commentary:</span> the figure was revised after it was written. It{" "}
        {numbers.map(staleNumberText).join("; it ")}. Edit the commentary, or dismiss this if the text is right as it stands.
      </p>
      {canDismiss ? (
        <ActionForm action={dismissStaleNumbersAction} submitLabel={`Dismiss the flag on ${code}`} className="mt-2">
          <input type="hidden" name="indicatorId" value={indicatorId} />
          <input type="hidden" name="period" value={period} />
        </ActionForm>
      ) : null}
    </Alert>
  );
}
