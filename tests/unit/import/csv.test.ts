// parseCsv: the text layer — line numbers, line endings, quotes, blank rows.
import { describe, expect, it } from "vitest";
import { formatImportError, parseCsv } from "@/lib/import";

function table(text: string) {
  const result = parseCsv(text, "f.csv");
  if (!result.ok) throw new Error(result.errors.map(formatImportError).join("\n"));
  return result;
}
function failures(text: string): string[] {
  const result = parseCsv(text, "f.csv");
  if (result.ok) throw new Error("expected parseCsv to fail");
  return result.errors.map(formatImportError);
}

describe("parseCsv", () => {
  it("lower-cases and trims header names, trims cells", () => {
    const result = table(" Indicator , PERIOD,Value\n M1 , 2020-04 ,5 \n");
    expect(result.header).toEqual(["indicator", "period", "value"]);
    expect(result.rows).toEqual([{ line: 2, cells: ["M1", "2020-04", "5"] }]);
  });

  it("drops a byte order mark and reads CRLF line ends", () => {
    const result = table("\uFEFFa,b\r\n1,2\r\n3,4\r\n");
    expect(result.header).toEqual(["a", "b"]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it("keeps multi-line quoted cells whole and numbers the rows after them by the line they start on", () => {
    const text = 'a,b\n1,"first\nsecond\n\nfourth"\n2,"x ""quoted"" y"\r\n3,"p\r\nq"\n4,z\n';
    const result = table(text);
    expect(result.rows).toEqual([
      { line: 2, cells: ["1", "first\nsecond\n\nfourth"] },
      { line: 6, cells: ["2", 'x "quoted" y'] },
      { line: 7, cells: ["3", "p\nq"] },
      { line: 9, cells: ["4", "z"] },
    ]);
  });

  it("skips blank lines and all-empty rows but still counts them", () => {
    const result = table("\n\na,b\n\n1,2\n,\n  ,  \n3,4");
    expect(result.headerLine).toBe(3);
    expect(result.rows.map((row) => [row.line, row.cells])).toEqual([
      [5, ["1", "2"]],
      [8, ["3", "4"]],
    ]);
  });

  it("keeps a quote inside an unquoted cell as text", () => {
    expect(table('a,b\n1,5" screen\n').rows[0].cells).toEqual(["1", '5" screen']);
  });

  it("reports every row with the wrong number of cells", () => {
    expect(failures("a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n")).toEqual([
      "f.csv:3:1: row has 2 cells but the header has 3 columns",
      "f.csv:4:1: row has 4 cells but the header has 3 columns",
    ]);
  });

  it("reports an unclosed quote where it opened, even after multi-line cells", () => {
    expect(failures('a,b\n1,"two\nlines"\n2,"never closed\n3,x\n4,y\n')).toEqual([
      'f.csv:4:2: unbalanced quotes: the quote opening the cell in column "b" is never closed',
    ]);
  });

  it("reports an unclosed quote in the header by column number", () => {
    expect(failures('a,"b\n1,2\n')).toEqual(["f.csv:1:2: unbalanced quotes: the quote opening the cell in column 2 is never closed"]);
  });

  it("refuses binary content such as an .xlsx renamed .csv", () => {
    expect(failures("PK\u0003\u0004\u0000\u0000junk")).toEqual([
      "f.csv:1:1: file is not CSV text (is it an Excel workbook? save it as CSV)",
    ]);
  });

  it("says a file is empty or has no data rows", () => {
    expect(failures("")).toEqual(["f.csv:1:1: file is empty"]);
    expect(failures("a,b\n")).toEqual(["f.csv:1:1: no data rows"]);
    expect(failures("\n\na,b\n\n")).toEqual(["f.csv:3:1: no data rows"]);
  });
});
