export { readSheet } from './read-sheet';
export { validateWorkbook } from './validate-workbook';
export type {
  ColumnReading,
  ListedRecord,
  ReadOptions,
  Report,
  SheetReading,
  TableReading,
  ValidateOptions,
} from './types';
