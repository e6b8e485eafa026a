import Link from "next/link";
import { CommentaryStatus } from "../commentary-status";
import { commentaryHref } from "../links";

/** The month's commentary with its status and a link to the commentary page. */
export function CommentaryCell({
  period,
  id,
  code,
  commentary,
}: {
  period: string;
  id: number;
  code: string;
  commentary: { status: string; body: string } | null;
}) {
  return (
    <div className="text-sm">
      <CommentaryStatus status={commentary?.status ?? null} />
      {commentary?.body ? <p className="mt-1 line-clamp-5 text-gray-800 print:line-clamp-none">{commentary.body}</p> : null}
      <Link href={commentaryHref(period, id)} className="mt-1 inline-block text-xs print:hidden">
        Commentary for {code}
      </Link>
    </div>
  );
}
