export { aggregate } from './aggregate';
export {
  Consolidator,
  consolidateSources,
  type ConsolidateOptions,
  type ConsolidationFile,
  type ConsolidationResult,
  type ConsolidationSource,
  type FileEvent,
} from './consolidation';
export { buildTable2 } from './table2';
export { tallyStatuses, type CountedCase, type StatusTally } from './tally';
export {
  wardMatrix,
  wardsByStatus,
  type IndicatorWards,
  type MatrixCell,
  type WardMatrix,
  type WardRate,
} from './ward-view';
export { declaredYears, type DeclaredYear } from './declared-year';
export type { DuplicateWard, OtherYearFile, SubmissionControl } from './submissions';
export type {
  AggregateFinding,
  AggregateOptions,
  CaseStatus,
  CitySummary,
  EvaluatedCase,
  IndicatorSummary,
  Table1,
  Table2,
  Table2Role,
  Table2Total,
} from './types';
