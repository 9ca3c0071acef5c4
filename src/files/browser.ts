/** Browser-safe file reading (no Node APIs): the pane's standalone mode imports this, never ./index. */
export { workbookToSnapshot, worksheetToSnapshot, normalizeFormula, plainValue } from './exceljs-snapshot';
export { readCsvBytes, readCsvText, decodeCsv, parseCsv, type CsvEncoding } from './csv';
export { readXlsxBytes, looksLikeXlsx, type ReadXlsxBytesOptions } from './read-xlsx-buffer';
export { fileError, isFileReadError, MAX_FILE_BYTES, type FileReadError, type FileErrorCode } from './errors';
