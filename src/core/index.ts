// The core's entry for the library (src/lib, built to dist/lib), the CLI's consolidation and the
// tests that read the core as a whole. Only what those use goes through here; everything else is
// imported from its own module (a barrel of everything made every bundle carry everything).

// Contracts
export { isCellError, type CellError, type CellValue } from './cell';
export { isKuseiError, type ExcelErrorKind, type KuseiError, type Result } from './result';
export { DEFAULT_SETTINGS, type KuseiSettings } from './settings';

// Messages
export { MESSAGES, errorMessageEn, renderMessage } from './messages';

// Values
export {
  isNotMeasured,
  readCriterion,
  readFiscalYear,
  readMilestoneActual,
  readQuantity,
  readTarget,
  readValue,
  toWareki,
} from './values';
export type { Direction, ParsedTarget, Quantity, TargetReadOptions } from './values';

// Rules
export { STATUSES, evaluate, grade, overallGrade, status } from './rules';
export type { Evaluation, Grade, RuleOptions, Status, WithdrawalStatus } from './rules';

// Catalogue
export { CATALOGUES, FY2015_CATALOGUE, findIndicator, loadCatalogue } from './catalogue';
export type { Catalogue, IndicatorDef } from './catalogue';

// Validation
export { validateWorkbook, type Report } from './validate';

// Aggregation
export { aggregate, Consolidator, consolidateSources } from './aggregate';
export type { ConsolidationFile, ConsolidationResult } from './aggregate';
