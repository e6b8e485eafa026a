"use server";
// The admin's months page: close a month to commentary, reopen it (./core.ts).
import { revalidatePath } from "next/cache";
import { monthLabel } from "@/lib/format";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { closeMonth, closeOpenMonthsThrough, reopenMonth } from "./core";

/** The pages a month's state shows on. */
function refresh() {
  for (const path of ["/admin/months", "/commentary", "/approvals"]) revalidatePath(path, "layout");
}

export async function closeMonthAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(closeMonth, { period: form.get("period") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `${monthLabel(result.data.period)} is closed to commentary.` };
}

export async function reopenMonthAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(reopenMonth, { period: form.get("period") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `${monthLabel(result.data.period)} is open for commentary again.` };
}

export async function closeOpenMonthsThroughAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(closeOpenMonthsThrough, { through: form.get("through") });
  if (!result.ok) return formFailure(result);
  refresh();
  const n = result.data.periods.length;
  return { ok: true, message: `Closed ${n} month${n === 1 ? "" : "s"} to commentary, up to ${monthLabel(result.data.periods[n - 1])}.` };
}
