// Recognising a file's kind from its header row, for uploads where the user
// leaves the kind to Lantern. Pure.
import { IMPORT_COLUMNS, IMPORT_KINDS, REQUIRED_COLUMNS, type ImportKind } from "./columns";

export type DetectResult = { ok: true; kind: ImportKind } | { ok: false; reason: string };

/**
 * The kind whose required columns are all in the header and which accepts
 * the most of its columns. Columns that tell kinds apart decide: "author" and
 * "body" mean commentary, "benchmark" benchmarks, "year" without "benchmark"
 * outturns, "code" and "title" the catalogue.
 */
export function detectKind(header: readonly string[]): DetectResult {
  const names = header.map((h) => h.trim().toLowerCase()).filter((h) => h !== "");
  const scored = IMPORT_KINDS.map((kind) => {
    const accepted = IMPORT_COLUMNS[kind];
    const required = kind === "values" ? ["indicator", "period"] : REQUIRED_COLUMNS[kind];
    const hasRequired = required.every((c) => names.includes(c)) && (kind !== "values" || names.some((n) => ["value", "numerator"].includes(n)));
    const known = names.filter((n) => accepted.includes(n)).length;
    return { kind, hasRequired, known, unknown: names.length - known };
  });
  const candidates = scored.filter((s) => s.hasRequired).sort((a, b) => a.unknown - b.unknown || b.known - a.known);
  if (candidates.length === 0) {
    return {
      ok: false,
      reason:
        "cannot tell what kind of file this is from its header row; choose the kind, or use the column names of the import templates " +
        `(e.g. values: ${REQUIRED_COLUMNS.values.join(", ")}, value)`,
    };
  }
  if (candidates.length > 1 && candidates[0].unknown === candidates[1].unknown && candidates[0].known === candidates[1].known) {
    return { ok: false, reason: `the header fits both ${candidates[0].kind} and ${candidates[1].kind}; choose the kind` };
  }
  return { ok: true, kind: candidates[0].kind };
}
