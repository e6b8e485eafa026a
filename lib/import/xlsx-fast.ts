// The quick way through a workbook, for large imports. exceljs's whole-workbook load
// builds a model of every part, row and cell (about 1 s and 200 MB for
// 60,000 rows); its streaming reader is lighter but does not report merged
// cells and reads some cells differently. This module reads just the parts
// the import needs, inflated from the zip in memory (zip-check.ts has
// already capped the declared sizes):
// - the workbook (sheets, hidden or not, the 1904 date system), its
//   relationships, the shared strings and the styles, with the very parsers
//   exceljs's load uses on them, so names, strings and date formats come out
//   the same;
// - the one sheet's <sheetData>, scanned here for the plain cells that
//   spreadsheets hold — numbers, shared strings, booleans, errors, empty
//   styled cells — turned into the values exceljs's load gives them (a number
//   in a date format becomes a Date, as there).
// Anything else — merged cells, formulas, hyperlinks, inline or formula
// strings, rows or cells out of order or without addresses, a part that is
// missing or will not parse — answers null, and xlsx.ts reads the workbook
// with exceljs's load as before, with its messages: the fallback is the
// reference, this path only ever agrees with it sooner.
import { Readable } from "node:stream";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform.js";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform.js";
import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform.js";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform.js";
import excelUtils from "exceljs/lib/utils/utils.js";
import parseSax from "exceljs/lib/utils/parse-sax.js";
import type { CellValue } from "exceljs";
import { inflateEntry, type ZipEntry } from "./zip-check";

export interface FastSheet {
  name: string;
  hidden: boolean;
  part: ZipEntry;
}

export interface FastCell {
  col: number;
  value: CellValue;
  isMerged: false;
}

export interface FastWorkbook {
  sheets: FastSheet[];
  date1904: boolean;
  /** Calls onRow with each row that has cells, in order; false (having maybe called it) when the sheet needs exceljs's load. */
  readRows(sheet: FastSheet, onRow: (number: number, cells: FastCell[]) => void): Promise<boolean>;
}

/** Markers in a sheet's XML that send it to exceljs's load. */
const NEEDS_FULL_LOAD = ["<mergeCell", "<hyperlink"].map((m) => Buffer.from(m));

export async function openFastWorkbook(bytes: Uint8Array, parts: ZipEntry[]): Promise<FastWorkbook | null> {
  try {
    const byName = new Map(parts.map((p) => [p.name.replace(/^\//, ""), p]));
    const text = (name: string): string | null | undefined => {
      const part = byName.get(name);
      if (!part) return undefined;
      const data = inflateEntry(bytes, part);
      return data ? decode(data) : null;
    };
    const workbookXml = text("xl/workbook.xml");
    const relsXml = text("xl/_rels/workbook.xml.rels");
    const sharedXml = text("xl/sharedStrings.xml");
    const stylesXml = text("xl/styles.xml");
    if (!workbookXml || !relsXml || sharedXml === null || stylesXml === null) return null;

    const workbook = await new WorkbookXform().parseStream(stream(workbookXml));
    const rels = await new RelationshipsXform().parseStream(stream(relsXml));
    const shared = new SharedStringsXform();
    if (sharedXml !== undefined) await shared.parseStream(stream(sharedXml));
    const styles = new StylesXform();
    if (stylesXml !== undefined) await styles.parseStream(stream(stylesXml));
    const date1904 = workbook.properties?.date1904 === true;

    const sheets: FastSheet[] = [];
    for (const s of workbook.sheets ?? []) {
      const rel = (rels ?? []).find((r) => r.Id === s.rId);
      // exceljs's own rule for a sheet's part name
      const part = rel ? byName.get(`xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`) : undefined;
      if (!part || !/^xl\/worksheets\/sheet\d+\.xml$/.test(part.name)) return null;
      sheets.push({ name: s.name, hidden: (s.state ?? "visible") !== "visible", part });
    }
    if (sheets.length === 0) return null;

    const valueOf = (t: string | undefined, s: number, raw: string | undefined): CellValue | undefined => {
      if (raw === undefined || raw === "") return s ? null : undefined;
      if (raw.includes("\r") || NOT_TEXT.test(raw)) return undefined; // exceljs: empty with a style is empty; without one, a merge
      switch (t) {
        case undefined:
        case "n": {
          const n = parseFloat(raw);
          const style = s ? styles.getStyleModel(s) : undefined;
          return style && excelUtils.isDateFmt(style.numFmt) ? excelUtils.excelToDate(n, date1904) : n;
        }
        case "s": {
          const v = shared.getString(parseInt(raw, 10));
          if (typeof v === "string") return v;
          if (v && typeof v === "object" && "richText" in v) return v as CellValue;
          return undefined;
        }
        case "b":
          return parseInt(raw, 10) !== 0;
        case "e":
          return { error: raw } as CellValue;
        default:
          return undefined;
      }
    };

    return {
      sheets,
      date1904,
      async readRows(sheet, onRow) {
        const rows = await sheetData(bytes, sheet.part);
        return rows !== null && scanRows(rows, valueOf, onRow);
      },
    };
  } catch {
    return null;
  }
}

/** What is inside the sheet's <sheetData> (its inflated XML dropped on return), or null when it needs exceljs's load. */
async function sheetData(bytes: Uint8Array, part: ZipEntry): Promise<string | null> {
  const xml = inflateEntry(bytes, part);
  if (!xml || NEEDS_FULL_LOAD.some((m) => xml.includes(m))) return null;
  const open = xml.indexOf("<sheetData");
  if (open < 0) return null;
  const empty = xml.subarray(open, open + 12).toString("latin1") === "<sheetData/>";
  const close = empty ? open : xml.indexOf("</sheetData>", open);
  const inside = xml.indexOf(">", open) + 1;
  if (close < 0 || (!empty && xml.subarray(open, inside).toString("latin1") !== "<sheetData>")) return null;
  // The rest of the sheet must be well-formed XML, as exceljs's load requires.
  const rest = decode(xml.subarray(0, open)) + "<sheetData/>" + decode(xml.subarray(empty ? open + 12 : close + 12));
  try {
    for await (const _ of parseSax(stream(rest))) void _;
  } catch {
    return null;
  }
  return empty ? "" : decode(xml.subarray(inside, close));
}

/**
 * <row>s and their <c>ells; false at anything this path does not read. A row
 * or cell with the usual attributes in the usual order (r, spans,
 * x14ac:dyDescent; r, s, t) is read by the first pattern of its kind, well
 * formed by construction; any other by the second, which checks them.
 */
const TOKEN =
  /<row r="(\d+)"(?: spans="\d+:\d+")?(?: x14ac:dyDescent="[\d.]+")?(\/?)>|<row\b([^>]*)>|<\/row>|<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?:\/>|>(?:<v>([^<&]*)<\/v>|<v\/>)?<\/c>)|<c\b([^>]*?)(?:\/>|>(?:<v>([^<&]*)<\/v>|<v\/>)?<\/c>)|\s+/y;
/** Attributes as well-formed XML has them (double quotes, no entities: anything else goes to the load). */
const ATTRIBUTES = /^(?:\s+[A-Za-z_][\w.:-]*="[^"<&]*")*\s*$/;
const ATTRIBUTE_NAME = /\s([^\s=]+)=/g;
/** Characters XML does not allow in text, and the end of a CDATA section. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|]]>/;
const CELL_REF = / r="([A-Z]{1,3})(\d+)"/;
const ROW_REF = / r="(\d+)"/;
const STYLE = / s="(\d+)"/;
const TYPE = / t="([^"]*)"/;

function scanRows(
  xml: string,
  valueOf: (t: string | undefined, s: number, raw: string | undefined) => CellValue | undefined,
  onRow: (number: number, cells: FastCell[]) => void,
): boolean {
  TOKEN.lastIndex = 0;
  let row = 0;
  let lastRow = 0;
  let lastCol = 0;
  let cells: FastCell[] = [];
  while (TOKEN.lastIndex < xml.length) {
    const m = TOKEN.exec(xml);
    if (!m) return false;
    let letters: string, number: string, style: string | undefined, type: string | undefined, raw: string | undefined;
    if (m[4] !== undefined) {
      letters = m[4];
      number = m[5];
      style = m[6];
      type = m[7];
      raw = m[8];
    } else if (m[9] !== undefined) {
      const attributes = m[9];
      if (!wellFormed(attributes)) return false;
      const ref = CELL_REF.exec(attributes);
      if (!ref) return false;
      const s = STYLE.exec(attributes);
      if (!s && / s=/.test(attributes)) return false;
      letters = ref[1];
      number = ref[2];
      style = s?.[1];
      type = TYPE.exec(attributes)?.[1];
      raw = m[10];
    } else {
      if (m[1] !== undefined || m[3] !== undefined) {
        if (row) return false;
        let n: number;
        let empty: boolean;
        if (m[1] !== undefined) {
          n = Number(m[1]);
          empty = m[2] === "/";
        } else {
          empty = m[3].endsWith("/");
          const attributes = empty ? m[3].slice(0, -1) : m[3];
          const r = ROW_REF.exec(attributes);
          if (!r || !wellFormed(attributes)) return false;
          n = Number(r[1]);
        }
        if (n <= lastRow) return false;
        lastRow = n;
        lastCol = 0;
        if (empty) continue; // <row r="5"/>: no cells
        row = n;
        cells = [];
      } else if (m[0] === "</row>") {
        if (!row) return false;
        if (cells.length > 0) onRow(row, cells);
        row = 0;
      }
      continue;
    }
    if (!row || Number(number) !== row) return false;
    const col = columnNumber(letters);
    if (col <= lastCol) return false;
    lastCol = col;
    const value = valueOf(type, style ? Number(style) : 0, raw);
    if (value === undefined) return false;
    if (value !== null) cells.push({ col, value, isMerged: false });
  }
  return row === 0;
}

function wellFormed(attributes: string): boolean {
  if (!ATTRIBUTES.test(attributes) || NOT_TEXT.test(attributes)) return false;
  const names = new Set<string>();
  for (const [, name] of attributes.matchAll(ATTRIBUTE_NAME)) {
    if (names.has(name)) return false;
    names.add(name);
  }
  return true;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** A part as the stream exceljs's parsers read (strings in 16 kB pieces, as its load gives them). */
function stream(text: string): Readable {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 16 * 1024) pieces.push(text.substring(i, i + 16 * 1024));
  return Readable.from(pieces);
}

function decode(data: Uint8Array): string {
  return new TextDecoder("utf-8").decode(data);
}
