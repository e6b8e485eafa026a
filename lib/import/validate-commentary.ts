// commentary.csv: commentary history being brought in (docs/data-formats.md).

import { COMMENTARY_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import type { IndicatorCodes } from "./context";
import { MAX_BODY_CHARS } from "./limits";
import type { KindRules } from "./kind-rules";
import type { CommentaryRecord } from "./records";
import type { RowReader } from "./row-reader";
import { COMMENTARY_STATUSES } from "./vocabulary";

export const commentaryRules: KindRules<CommentaryRecord> = {
  columns: COMMENTARY_COLUMNS,
  required: REQUIRED_COLUMNS.commentary,
  keyColumns: ["indicator", "period"],
  needsIndicators: true,
  readRow: readCommentary,
};

function readCommentary(r: RowReader, codes: IndicatorCodes | null): CommentaryRecord | null {
  const indicator = r.text("indicator", true);
  const known = indicator !== null && codes !== null && r.read("indicator", (code) => codes.find(code)) !== null;
  const period = r.period("period", true);
  const author = r.email("author", true);
  const body = r.text("body", true, MAX_BODY_CHARS);
  const status = r.word("status", COMMENTARY_STATUSES, true);
  if (r.hasErrors || indicator === null || !known || period === null) return null;
  if (author === null || body === null || status === null) return null;
  return { row: r.line, indicator, period, author, body, status };
}
