export { normalizeText } from './normalize';
export { KNOWN_UNITS, PERCENT, canonicalUnit, isKnownUnit, unitFactor } from './units';
export { isNotMeasured } from './not-measured';
export { isPercentFormat, readQuantity, readValue, type Quantity } from './quantity';
export { eraOfYear, fiscalYearLabel, readFiscalYear, toWareki, type Era, type YearContext } from './fiscal-year';
export {
  applyChange,
  readTarget,
  type BaselineRef,
  type Direction,
  type ParsedTarget,
  type TargetBaseline,
  type TargetChange,
  type TargetKind,
  type TargetReadOptions,
  type TargetWarning,
} from './target';
export { readMilestoneActual } from './milestone';
export { readCriterion, type Criterion, type RebuildWhen } from './criterion';
