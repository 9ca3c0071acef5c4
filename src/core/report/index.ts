export { buildCityReport, type CityReport, type ReportContext } from './model';
export { summaryGrids, LIST_SHEET, SUMMARY_SHEET, type GridCell, type GridFormula, type SummaryGrid } from './grids';
export { reportText, displayWidth } from './text';
export { openDataTables, type OpenDataTable } from './open-data';
export { localGovernmentCode, checkDigit } from './ward-codes';
export { warekiStamp } from './jst';
