// Plain data the commentary components receive from the pages, and the shape
// of the server actions the pages hand them (components never import actions).
import type { ActionResult } from "@/lib/actions/result";
import type { PersonalDataFinding } from "@/lib/commentary/personal-data";

export interface SavedCommentaryData {
  version: number;
  status: string;
  body: string;
  updatedAt: string;
}

export type CommentaryActionProp = (input: unknown) => Promise<ActionResult<SavedCommentaryData>>;

export interface ConflictData {
  current: { version: number; status: string; body: string; authorName: string | null; updatedAt: string | null };
}

export interface PersonalDataData {
  findings: PersonalDataFinding[];
}
