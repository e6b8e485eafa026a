// Reads the cells of one data row by column name, turning each problem into
// an ImportError that names the cell and column. The per-kind validators are
// then a list of "read this column as that" lines.

import {
  parseEmail,
  parseMonth,
  parseNumber,
  parseWord,
  type CellResult,
} from "./cells";
import { latestAllowedPeriod, MAX_CELL_CHARS } from "./limits";
import type { CsvRow } from "./csv";
import { quoteCell, type ImportError } from "./errors";
import type { IndicatorCodes, IndicatorFacts } from "./context";
import type { ColumnPositions } from "./header";

export class RowReader {
  private errorCount = 0;

  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly positions: ColumnPositions,
    private readonly errors: ImportError[],
    /** the latest month a period cell may hold (next month; limits.ts) */
    private readonly latestPeriod: string = latestAllowedPeriod(),
  ) {}

  /** the line the row starts on */
  get line(): number {
    return this.row.line;
  }

  /** true once any problem has been reported for this row */
  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** whether the file has this column at all */
  has(column: string): boolean {
    return this.positions.has(column);
  }

  /** the trimmed cell text; "" when blank or when the file has no such column */
  cell(column: string): string {
    const index = this.positions.get(column);
    return index === undefined ? "" : this.row.cells[index];
  }

  isBlank(column: string): boolean {
    return this.cell(column) === "";
  }

  /** 1-based position of the column in this file; 1 when the file lacks it */
  columnNumber(column: string): number {
    const index = this.positions.get(column);
    return index === undefined ? 1 : index + 1;
  }

  report(column: string, reason: string): void {
    this.errorCount += 1;
    this.errors.push({ file: this.file, row: this.row.line, column: this.columnNumber(column), reason });
  }

  /**
   * The cell read by `parse`, or null when blank or unreadable. A blank
   * required cell is reported; a required column missing from the header is
   * not (the header check has reported it once for the whole file).
   */
  read<T>(
    column: string,
    parse: (text: string) => CellResult<T>,
    required = false,
    maxChars = MAX_CELL_CHARS,
  ): T | null {
    const text = this.cell(column);
    if (text === "") {
      if (required && this.has(column)) this.report(column, `column ${quoteCell(column)} is required but this cell is empty`);
      return null;
    }
    if (text.length > maxChars) {
      this.report(
        column,
        `the cell in column ${quoteCell(column)} has ${text.length.toLocaleString("en-GB")} characters; at most ${maxChars.toLocaleString("en-GB")} are allowed`,
      );
      return null;
    }
    const result = parse(text);
    if (!result.ok) {
      this.report(column, `${quoteCell(text)} in column ${quoteCell(column)} ${result.problem}`);
      return null;
    }
    return result.value;
  }

  text(column: string, required = false, maxChars = MAX_CELL_CHARS): string | null {
    return this.read(column, (text) => ({ ok: true, value: text }), required, maxChars);
  }

  /** a month "YYYY-MM" from 1990-01 to next month */
  period(column: string, required = false): string | null {
    return this.read(column, (text) => parseMonth(text, this.latestPeriod), required);
  }

  number(column: string, required = false): number | null {
    return this.read(column, parseNumber, required);
  }

  word<const W extends string>(column: string, words: readonly W[], required = false): W | null {
    return this.read(column, (text) => parseWord(text, words), required);
  }

  email(column: string, required = false): string | null {
    return this.read(column, parseEmail, required);
  }

  /**
   * The required "indicator" cell as a known code, with what is known of it;
   * null when the cell is empty or the code unknown (both reported), or when
   * there are no codes to check it against.
   */
  indicator(codes: IndicatorCodes | null): { code: string; facts: IndicatorFacts } | null {
    const code = this.text("indicator", true);
    const facts = code === null || codes === null ? null : this.read("indicator", (c) => codes.find(c));
    return code === null || facts === null ? null : { code, facts };
  }
}
