export { readSheet } from './read-sheet';
export { validateWorkbook } from './validate-workbook';
export type {
  CatalogueLike,
  ColumnReading,
  ListedRecord,
  ReadOptions,
  Report,
  SheetReading,
  TableReading,
  ValidateOptions,
} from './types';
