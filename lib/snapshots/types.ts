// What a board paper is, as read (lib/queries/snapshots.ts) and shown
// (./view.ts, ./paper-view.ts, the pages): its own module, so the views and the
// query that builds them never import each other.
import type { ActionStatus, ResolutionKind } from "@/lib/figures/vocabulary";
import type { FrozenRow } from "./freeze";

/** A frozen row as a paper shows it: by its indicator's code, in the paper's order. */
export interface SnapshotRowView extends Omit<FrozenRow, "position" | "indicatorCode"> {
  code: string;
}

export interface SnapshotContent {
  id: number;
  title: string;
  boardId: number;
  board: string;
  authority: string;
  meetingDate: string;
  period: string;
  status: "draft" | "published" | "superseded";
  version: number;
  supersedesId: number | null;
  correctionReason: string | null;
  /** dimension: the one breakdown dimension (its key) the theme shows; absent: every dimension */
  highlights: { theme: string; body: string; codes?: string[]; dimension?: string }[];
  /** the only words a public release shows (written or approved for it) */
  publicHighlights: { theme: string; body: string }[];
  publicTextApprovedBy: string | null;
  publicTextApprovedAt: string | null;
  /** why the public text was published past a flag of the checks */
  publicTextReason: string | null;
  childrensVoice: { quotes: string[]; survey: { label: string; count: number }[] };
  featuredCodes: string[];
  publicRelease: boolean;
  publishedAt: string | null;
  publishedBy: string | null;
  /** the public release's suppression threshold, frozen at publishing (null: a draft) */
  frozenThreshold: number | null;
  services: { key: string; name: string }[];
  rows: SnapshotRowView[];
}

export interface ThreadQuestion {
  id: number;
  indicatorCode: string | null;
  body: string;
  askedBy: string;
  askedAt: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

export interface ThreadResolution {
  id: number;
  body: string;
  recordedBy: string;
  recordedAt: string;
  /** noted, agreed, or an action with its owner, due date and status (lib/queries/board-actions.ts) */
  kind: ResolutionKind;
  ownerId: string | null;
  owner: string | null;
  dueDate: string | null;
  status: ActionStatus | null;
  statusUpdatedAt: string | null;
}
