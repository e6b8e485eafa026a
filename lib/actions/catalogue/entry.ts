"use server";
// The catalogue pages (/admin/indicators): edit, retire, bring back, reorder (./core.ts, ./order.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { catalogueIndicatorHref } from "@/lib/links";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { UNITS, type Unit } from "@/lib/figures/vocabulary";
import { formulaPreview, type FormulaPreview } from "@/lib/queries/formula-preview";
import { formFailure, runAsSignedIn, type FormState } from "../run";
import { updateIndicator } from "./core";
import { moveIndicator, restoreIndicator, retireIndicator } from "./order";

const FIELDS = ["code", "title", "service", "polarity", "unit", "aggregation", "decimals", "frequency", "basis", "greenMin", "greenMax", "amberMin", "amberMax", "target", "bandsFrom", "outcome", "definition", "ownerId", "reporterId", "councilPlan", "partOf", "formula"];

function refresh() {
  // Scorecards, indicator pages and the catalogue all show these fields.
  revalidatePath("/", "layout");
}

export async function updateIndicatorAction(_state: FormState, form: FormData): Promise<FormState> {
  const raw: Record<string, unknown> = { indicatorId: form.get("indicatorId") };
  for (const f of FIELDS) raw[f] = form.get(f);
  const result = await runAsSignedIn(updateIndicator, raw);
  if (!result.ok) return formFailure(result);
  refresh();
  if (result.data.changed.includes("code")) redirect(catalogueIndicatorHref(result.data.code));
  return { ok: true, message: result.data.changed.length ? `Saved: ${result.data.changed.length} field${result.data.changed.length === 1 ? "" : "s"} changed.` : "Nothing had changed." };
}

export async function retireIndicatorAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(retireIndicator, { indicatorId: form.get("indicatorId"), from: form.get("from") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `${result.data.code} is retired.` };
}

export async function restoreIndicatorAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(restoreIndicator, { indicatorId: form.get("indicatorId") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `${result.data.code} is back in use.` };
}

export async function moveIndicatorAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAsSignedIn(moveIndicator, { indicatorId: form.get("indicatorId"), direction: form.get("direction") });
  if (!result.ok) return formFailure(result);
  refresh();
  return { ok: true, message: `Moved ${result.data.code}.` };
}

/**
 * The formula editor's preview: a read, not a write (nothing is stored), so
 * not a defineAction; it checks the session and the role itself.
 */
export async function previewFormulaAction(input: { indicatorId: number; code: string; formula: string; unit: string }): Promise<FormulaPreview> {
  const user = await currentUser();
  if (!can(user, "catalogue.manage")) return { ok: false, problem: "You do not have permission to do this." };
  const formula = String(input.formula ?? "").trim();
  if (!formula) return { ok: false, problem: "Write a formula to preview." };
  if (formula.length > 2000) return { ok: false, problem: "The formula must be at most 2,000 characters." };
  const unit: Unit = (UNITS as readonly string[]).includes(input.unit) ? (input.unit as Unit) : "number";
  return formulaPreview({ db: await getDb(), indicatorId: Number(input.indicatorId), code: String(input.code ?? "").trim(), formula, unit });
}
