// The shape of the server actions the pages hand the commentary components
// (components never import actions at run time: these are types only).
import type { SavedCommentary } from "@/lib/actions/commentary/core";
import type { ActionResult } from "@/lib/actions/result";

export type CommentaryActionProp = (input: unknown) => Promise<ActionResult<SavedCommentary>>;
