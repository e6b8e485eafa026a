// Public API of the import parser and validator.

export { formatImportError, sortImportErrors, type ImportError } from "./errors";
export { parseCsv, type CsvRow, type CsvTable, type ParseCsvResult } from "./csv";
export {
  IMPORT_KINDS,
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  INDICATOR_COLUMNS,
  VALUE_COLUMNS,
  OUTTURN_COLUMNS,
  BENCHMARK_COLUMNS,
  COMMENTARY_COLUMNS,
  isImportKind,
  type ImportKind,
} from "./columns";
export {
  SERVICE_KEYS,
  POLARITIES,
  UNITS,
  AGGREGATIONS,
  FREQUENCIES,
  BENCHMARK_KINDS,
  COMMENTARY_STATUSES,
  type ServiceKey,
  type CommentaryStatus,
} from "./vocabulary";
export type {
  IndicatorRecord,
  ValueRecord,
  OutturnRecord,
  BenchmarkRecord,
  CommentaryRecord,
  ImportRecords,
} from "./records";
export { contextFromIndicators, type ImportContext, type IndicatorFacts } from "./context";
export { validateImport, validateTable, type ValidationResult } from "./validate";
export { computeValue } from "./validate-values";
