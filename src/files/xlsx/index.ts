/** KUSEI's own .xlsx reader (issue 11): one parse of the archive, parts read by a small XML scanner. */
export {
  readXlsxWorkbook,
  zipRefusalError,
  type XlsxWorkbook,
  type XlsxSheet,
  type ReadXlsxOptions,
} from './read-workbook';
export { xlsxWorkbookToSnapshot, sheetToSnapshot, MAX_GRID_CELLS } from './to-snapshot';
export { fflateInflate } from './inflate';
export { normalizeFormula, slideFormula } from './formula';
export { isDateFormat, builtInFormat, excelDateText } from './number-formats';
export { openZip, normalizePartName, type Inflate, type ZipLimits } from './zip-archive';
export { listCells, type ListedCell, type ListedSheet } from './cell-listing';
