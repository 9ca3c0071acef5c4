export { aggregate } from './aggregate';
export { Consolidator, type ConsolidationFile, type ConsolidationResult } from './consolidation';
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
export {
  listGrid,
  summaryGrid,
  summaryGrids,
  LIST_SHEET,
  SUMMARY_SHEET,
  type GridCell,
  type GridFormula,
  type SummaryGrid,
  type SummaryTitles,
} from './summary-sheets';
export { summaryTitles } from './titles';
export { table1Text, table2Text, displayWidth } from './text-tables';
