// commentary.csv: commentary history being brought in (docs/data-formats.md).

import type { IndicatorCodes } from "./context";
import { MAX_BODY_CHARS } from "./limits";
import { indicatorRowRules } from "./kind-rules";
import type { CommentaryRecord } from "./records";
import type { RowReader } from "./row-reader";
import { COMMENTARY_STATUSES } from "./vocabulary";

export const commentaryRules = indicatorRowRules<CommentaryRecord>("commentary", {
  keyColumns: ["indicator", "period"],
  readRow: readCommentary,
});

function readCommentary(r: RowReader, codes: IndicatorCodes | null): CommentaryRecord | null {
  const indicator = r.indicator(codes);
  const period = r.period("period", true);
  const author = r.email("author", true);
  const body = r.text("body", true, MAX_BODY_CHARS);
  const status = r.word("status", COMMENTARY_STATUSES, true);
  if (r.hasErrors || indicator === null || period === null) return null;
  if (author === null || body === null || status === null) return null;
  return { row: r.line, indicator: indicator.code, period, author, body, status };
}
