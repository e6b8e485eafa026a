import Link from "next/link";
import { rowCommentaryState } from "@/lib/commentary/status";
import { CommentaryStatus } from "../commentary-status";
import { commentaryHref } from "../links";

/** The month's commentary with its status and a link to the commentary page. */
export function CommentaryCell({
  period,
  id,
  code,
  commentary,
  hasFigure = true,
}: {
  period: string;
  id: number;
  code: string;
  commentary: { status: string; body: string } | null;
  /** without a figure for the month, no commentary is asked for */
  hasFigure?: boolean;
}) {
  return (
    <div className="text-sm">
      <CommentaryStatus status={rowCommentaryState(hasFigure, commentary?.status)} />
      {commentary?.body ? <p className="mt-1 line-clamp-5 text-gray-800 print:line-clamp-none">{commentary.body}</p> : null}
      <Link href={commentaryHref(period, id)} className="mt-1 inline-block text-xs print:hidden">
        Commentary for {code}
      </Link>
    </div>
  );
}
