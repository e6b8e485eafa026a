"use client";
// Takes a submitted commentary back to a draft, so its writer can change it
// (until a manager approves it).
import { Button } from "@/components/ui/button";
import type { CommentaryActionProp } from "./types";
import { useCommentaryStep } from "./use-step";

export function WithdrawButton({
  indicatorId,
  period,
  currentVersion,
  withdraw,
}: {
  indicatorId: number;
  period: string;
  currentVersion: number;
  withdraw: CommentaryActionProp;
}) {
  const { busy, run, refusal } = useCommentaryStep(`withdraw-${indicatorId}-${period}-message`);
  return (
    <span className="mt-2 block">
      <Button
        variant="secondary"
        size="sm"
        disabled={busy}
        onClick={() => run(() => withdraw({ indicatorId, period, expectedVersion: currentVersion }), "Withdrawn: the commentary is a draft again, and you can edit it.")}
      >
        Withdraw it to edit
      </Button>
      {refusal}
    </span>
  );
}
