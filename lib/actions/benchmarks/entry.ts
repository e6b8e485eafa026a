"use server";
// The admin's benchmarks page: choose the authority and its model (./core.ts).
// The file uploads go through app/api/benchmarks/[step] (a server action's
// body is limited to 1 MB; the DfE files are larger).
import { revalidatePath } from "next/cache";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { setAuthorityCore } from "./core";

export async function setBenchmarkAuthorityAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(setAuthorityCore, { laCode: form.get("laCode"), model: form.get("model") });
  if (!result.ok) return formFailure(result);
  revalidatePath("/", "layout");
  const { laCode, name, model, recomputed } = result.data;
  return { ok: true, message: `The authority is ${laCode} ${name}, with model ${model}.${recomputed ? ` ${recomputed} indicator-years recomputed.` : ""}` };
}
