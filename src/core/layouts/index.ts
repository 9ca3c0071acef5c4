export { FIELDS, isField, type Field } from './fields';
export { SYNONYMS, type SynonymEntry } from './synonyms';
export { LAYOUTS, LAYOUT_IDS, layoutDefinition, recognizeLayout, type LayoutDefinition, type LayoutId } from './layout';
export type { ColumnMapping, MappedTable } from './mapping';
export { FIELD_LABELS } from './field-labels';
export { WARD_NAMES, CITY_NAME, CITY_NAMES, isCityWard, wardOf, wardMentionedIn } from './wards';
export { normalizeIndicatorId, indicatorLetter, circledNumber } from './indicator-id';
export { normalizeHeader } from './normalize';
export { matchHeader } from './match';
export { findHeaderBlocks, type HeaderBlock, type ColumnAssignment } from './header';
export { SheetGrid } from './grid';
export {
  cellAddress,
  columnLetters,
  columnIndex,
  parseA1,
  parseRange,
  quoteSheetName,
  qualifiedAddress,
} from '../address';
