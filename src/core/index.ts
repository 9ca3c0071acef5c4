// The core's public API: a plain list of re-exports. Each part appends its own lines.

// Contracts
export { isCellError, type CellError, type CellValue } from './cell';
export { isKuseiError, type ExcelErrorKind, type KuseiError, type Result } from './result';
export type { Finding, Severity } from './finding';
export type { CaseRecord, ImplementationStatus, RecordSource } from './record';
export type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { DEFAULT_SETTINGS, planYearIndex, type AmbiguousIncreaseRule, type KuseiSettings } from './settings';

// Messages
export {
  MESSAGES,
  VALUE_MESSAGES,
  AGGREGATE_MESSAGES,
  FUNCTION_MESSAGES,
  errorMessageEn,
  kuseiError,
  renderMessage,
} from './messages';
export type {
  AggregateCode,
  FunctionMessageCode,
  Language,
  MessageParams,
  MessageTable,
  MessageText,
} from './messages';

// Values (helper A)
export {
  KNOWN_UNITS,
  PERCENT,
  applyChange,
  canonicalUnit,
  eraOfYear,
  isKnownUnit,
  isNotMeasured,
  isPercentFormat,
  normalizeText,
  readCriterion,
  readFiscalYear,
  readFiscalYear as fy,
  readMilestoneActual,
  readQuantity,
  readTarget,
  readValue,
  toWareki,
  toWareki as wareki,
  unitFactor,
} from './values';
export type {
  BaselineRef,
  Criterion,
  Direction,
  Era,
  ParsedTarget,
  Quantity,
  RebuildWhen,
  TargetBaseline,
  TargetChange,
  TargetKind,
  TargetReadOptions,
  TargetWarning,
  YearContext,
} from './values';

// Rules (helper A)
export {
  STATUSES,
  ceilRate,
  evaluate,
  explain,
  formatQuantity,
  formatRate,
  grade,
  meets,
  overallGrade,
  progress,
  readPeriod,
  roundRate,
  status,
  statusOf,
  threshold,
  thresholdOf,
  toPermille,
  withdrawal,
} from './rules';
export type { Evaluation, Grade, PlanPeriod, RuleOptions, Status, WithdrawalStatus } from './rules';

// Catalogue (helper A)
export { CATALOGUES, FY2015_CATALOGUE, findIndicator, loadCatalogue } from './catalogue';
export type { Catalogue, IndicatorCounting, IndicatorDef, IndicatorScope } from './catalogue';

// Reading ward sheets as laid out, and validation (helper C)
export { readSheet, validateWorkbook } from './validate';
export type {
  CatalogueLike,
  ColumnReading,
  ReadOptions,
  Report,
  SheetReading,
  TableReading,
  ValidateOptions,
} from './validate';
export {
  CITY_NAME,
  FIELDS,
  FIELD_LABELS,
  LAYOUTS,
  LAYOUT_IDS,
  SYNONYMS,
  WARD_NAMES,
  cellAddress,
  columnIndex,
  columnLetters,
  layoutDefinition,
  matchHeader,
  normalizeHeader,
  normalizeIndicatorId,
  parseA1,
  qualifiedAddress,
  quoteSheetName,
  wardMentionedIn,
  wardOf,
} from './layouts';
export type { ColumnMapping, Field, LayoutDefinition, LayoutId, MappedTable } from './layouts';
export { FINDING_CODES, FINDING_MESSAGES, findingMessage, type FindingCode } from './messages/findings';
export type { BudgetAmount } from './record';

// Aggregation: counting (src/core/aggregate), then the city report model every output renders (src/core/report)
export { aggregate, Consolidator, consolidateSources } from './aggregate';
export type {
  AggregateFinding,
  AggregateOptions,
  CaseStatus,
  CitySummary,
  ConsolidationFile,
  ConsolidationResult,
  ConsolidationSource,
  EvaluatedCase,
  IndicatorSummary,
  SubmissionControl,
  Table1,
  Table2,
  Table2Role,
  Table2Total,
} from './aggregate';
export { buildCityReport, summaryGrids, reportText, displayWidth, LIST_SHEET, SUMMARY_SHEET } from './report';
export type { CityReport, GridCell, GridFormula, ReportContext, SummaryGrid } from './report';
