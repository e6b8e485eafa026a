"use server";
// The import history page's Undo button, as a server action (./core.ts). The
// upload, preview and "Import" go through route handlers (app/api/import/*)
// so that a big file can stream its progress.
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { undoImport } from "./core";

export async function undoImportAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(undoImport, { batchId: form.get("batchId") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  return { ok: true, message: `Undone: ${result.data.fileName} (${result.data.rows} rows put back as they were).` };
}
