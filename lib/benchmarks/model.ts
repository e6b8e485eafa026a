// Statistical-neighbour model files (the DfE/NFER model: each English
// authority's ten nearest authorities, by old three-digit LA code, with a
// closeness band). Two shapes are read:
// - "groupings", the April 2021 file: LA num, LA Name, LA number, GOInd,
//   GOReg, then SN1, SNP, SN2, SNP, … SN10, SNP (SNP is the closeness). Its
//   blank rows and the "Old SNs:" marker row are skipped; the authorities
//   listed after the marker (abolished ones, e.g. 835 Dorset pre-2019) stay
//   in the model so that other files can name them.
// - "wide", the 2025 file: old_la_code, la_name, region_ind, region_name,
//   SN_1, SN_1P, … SN_10, SN_10P.
// Every neighbour must itself be an authority of the model.
import { readCsv } from "@/lib/import/csv";
import { quoteCell, type ImportError } from "@/lib/import/errors";
import type { ModelAuthority, SnModel } from "./types";

export type ModelResult = { ok: true; model: SnModel } | { ok: false; errors: ImportError[] };

const LA_CODE = /^\d{3}$/;

interface Layout {
  shape: SnModel["shape"];
  code: number;
  name: number;
  region: number;
  /** [code column, closeness column] for SN 1…10 */
  neighbours: [number, number][];
}

function layoutOf(header: string[]): Layout | null {
  const h = header.map((c) => c.replace(/\s+/g, " ").trim());
  if (h[0] === "la num" && h.includes("sn1")) {
    const neighbours: [number, number][] = [];
    for (let k = 1; k <= 10; k += 1) {
      const at = h.indexOf(`sn${k}`);
      if (at >= 0) neighbours.push([at, h[at + 1] === "snp" ? at + 1 : -1]);
    }
    return { shape: "groupings", code: 0, name: h.indexOf("la name"), region: h.indexOf("goreg"), neighbours };
  }
  if (h.includes("old_la_code") && h.includes("sn_1")) {
    const neighbours: [number, number][] = [];
    for (let k = 1; k <= 10; k += 1) {
      const at = h.indexOf(`sn_${k}`);
      if (at >= 0) neighbours.push([at, h.indexOf(`sn_${k}p`)]);
    }
    return { shape: "wide", code: h.indexOf("old_la_code"), name: h.indexOf("la_name"), region: h.indexOf("region_name"), neighbours };
  }
  return null;
}

/** "Very Close", "Close " → "Very close", "Close" */
function closeness(raw: string | undefined): string | null {
  const text = (raw ?? "").trim().replace(/\s+/g, " ");
  return text ? text[0].toUpperCase() + text.slice(1).toLowerCase() : null;
}

export function parseModelFile(text: string, file: string): ModelResult {
  const read = readCsv(text, file);
  if (read.fatal) return { ok: false, errors: [read.fatal] };
  if (read.rowErrors.length) return { ok: false, errors: read.rowErrors };
  const { header, headerLine, rows } = read.table;
  const layout = layoutOf(header);
  if (!layout || layout.name < 0 || layout.neighbours.length === 0) {
    return {
      ok: false,
      errors: [
        {
          file,
          row: headerLine,
          column: 1,
          reason:
            'not a statistical-neighbour model file: expected the 2021 groupings columns ("LA num", "LA Name", …, "SN1", "SNP", …) or the 2025 wide columns ("old_la_code", "la_name", …, "SN_1", "SN_1P", …)',
        },
      ],
    };
  }
  const errors: ImportError[] = [];
  const authorities: (ModelAuthority & { line: number; columns: number[] })[] = [];
  const byCode = new Map<string, number>();
  for (const row of rows) {
    const code = row.cells[layout.code];
    if (!code) continue; // blank rows and the "Old SNs:" marker
    if (!LA_CODE.test(code)) {
      errors.push({ file, row: row.line, column: layout.code + 1, reason: `${quoteCell(code)} is not a three-digit LA code` });
      continue;
    }
    if (byCode.has(code)) {
      errors.push({ file, row: row.line, column: layout.code + 1, reason: `authority ${code} is listed twice (first on row ${byCode.get(code)})` });
      continue;
    }
    byCode.set(code, row.line);
    const neighbours = [];
    const columns = [];
    for (const [codeAt, closenessAt] of layout.neighbours) {
      const neighbour = row.cells[codeAt];
      if (!neighbour) continue;
      neighbours.push({ code: neighbour, closeness: closenessAt >= 0 ? closeness(row.cells[closenessAt]) : null });
      columns.push(codeAt);
    }
    if (neighbours.length === 0) {
      errors.push({ file, row: row.line, column: layout.neighbours[0][0] + 1, reason: `authority ${code} has no neighbours` });
    }
    authorities.push({
      code,
      name: row.cells[layout.name] ?? "",
      region: layout.region >= 0 ? row.cells[layout.region] || null : null,
      neighbours,
      line: row.line,
      columns,
    });
  }
  for (const a of authorities) {
    a.neighbours.forEach((n, i) => {
      const column = a.columns[i] + 1;
      if (n.code === a.code) errors.push({ file, row: a.line, column, reason: `authority ${a.code} is given as its own neighbour` });
      else if (!byCode.has(n.code)) {
        errors.push({ file, row: a.line, column, reason: `neighbour ${quoteCell(n.code)} of ${a.code} ${a.name} is not an authority of this model` });
      }
    });
  }
  if (authorities.length === 0 && errors.length === 0) {
    errors.push({ file, row: headerLine, column: 1, reason: "the file lists no authorities" });
  }
  if (errors.length) return { ok: false, errors: errors.sort((x, y) => x.row - y.row || (x.column ?? 0) - (y.column ?? 0)) };
  return {
    ok: true,
    model: { shape: layout.shape, authorities: authorities.map(({ code, name, region, neighbours }) => ({ code, name, region, neighbours })) },
  };
}

/** a model's short name from its file: the first year in it ("…_April_2021.csv" → "2021") */
export function modelNameFromFile(file: string): string | null {
  return /(20\d{2})/.exec(file)?.[1] ?? null;
}

/** the authority and its neighbours, named from the model; null when the code is not one of its authorities */
export function subjectFor(
  model: SnModel,
  code: string,
): { code: string; name: string; region: string | null; neighbours: { code: string; name: string; closeness: string | null }[] } | null {
  const names = new Map(model.authorities.map((a) => [a.code, a.name]));
  const authority = model.authorities.find((a) => a.code === code.trim());
  if (!authority) return null;
  return {
    code: authority.code,
    name: authority.name,
    region: authority.region,
    neighbours: authority.neighbours.map((n) => ({ code: n.code, name: names.get(n.code) ?? n.code, closeness: n.closeness })),
  };
}
