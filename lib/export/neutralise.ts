// Spreadsheet formula injection: a text cell that begins with =, +, - or @
// (or a tab or carriage return, which some spreadsheets skip before reading
// a formula) can run as a formula when the file is opened in Excel or
// LibreOffice. OWASP's advice is to prefix such cells with a single quote,
// which spreadsheets show as text. Numbers are written as numbers and never
// touched: a negative figure is data, not a formula.
// https://owasp.org/www-community/attacks/CSV_Injection

const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
