"use server";
// The import history's Undo button, as a server action (./core.ts). The
// upload, preview and "Import" go through route handlers (app/api/import/*)
// so that a big file can stream its progress.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { undoImport } from "./core";

export async function undoImportAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(undoImport, { batchId: form.get("batchId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  // The button goes with the undo, so the history page says what happened.
  redirect(`/admin/imports?undone=${result.data.batchId}`);
}
