/** What a downloaded workbook is, for the Blob the browser saves. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * ExcelJS's browser build (about 250 KB gzip), in a chunk of its own that loads only when the pane
 * first writes a workbook: the standalone download and the consolidation's summary workbook.
 */
export async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const excel = await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js');
  // A UMD bundle: webpack exposes module.exports as the default export (Node: the module itself).
  return (excel as { default?: typeof excel.default }).default ?? (excel as unknown as typeof excel.default);
}
