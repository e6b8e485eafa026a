// Public API of the import parser and validator.

export { formatImportError, sortImportErrors, type ImportError } from "./errors";
export { parseCsv } from "./csv";
export { IMPORT_KINDS, IMPORT_COLUMNS, INDICATOR_COLUMNS } from "./columns";
export { contextFromIndicators, type ImportContext, type IndicatorFacts } from "./context";
export { validateImport, validateTable } from "./validate";
