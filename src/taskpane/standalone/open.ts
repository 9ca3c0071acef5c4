import type { FileReadError } from '../../files/errors';
import type { OpenWorkbook, StandaloneWorkbook } from './types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "福島区.xlsx" → "福島区_KUSEI.xlsx": the download never takes the original's name. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return `${base}_KUSEI.xlsx`;
}

/**
 * Opens an .xlsx the user chose. ExcelJS's browser build (about 250 KB gzip) and the file readers
 * load only now, in their own chunks, so the pane itself starts small. The file passes the same
 * checks as in the CLI (size, "is it an .xlsx", zip-bomb guard) before ExcelJS inflates it; a file
 * that fails them is an error value with a message, never an exception.
 */
export const openWorkbook: OpenWorkbook = async (file) => {
  const [excel, errors, guard, xlsx, snapshots, gatewayModule] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../files/errors'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../files/zip-guard'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../files/read-xlsx-buffer'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../files/exceljs-snapshot'),
    import(/* webpackChunkName: "xlsx-reader" */ './memory-gateway'),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const refuse = (code: FileReadError['fileError'], params: Record<string, string | number> = {}) =>
    errors.fileError(code, file.name, params);
  if (bytes.length > errors.MAX_FILE_BYTES) {
    return refuse('FILE_TOO_LARGE', {
      size: Math.round(bytes.length / 1024 / 1024),
      limit: errors.MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (!xlsx.looksLikeXlsx(bytes)) return refuse('FILE_NOT_XLSX');
  const verdict = await guard.guardZip(bytes);
  if (!verdict.ok) return guard.zipRefusalError(verdict, file.name);

  // A UMD bundle: webpack exposes module.exports as the default export.
  const ExcelJS = (excel as { default?: typeof excel.default }).default ?? (excel as unknown as typeof excel.default);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer);
  } catch (error) {
    return refuse('FILE_CORRUPT', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 120) });
  }
  const gateway = new gatewayModule.MemoryGateway(workbook, file.name, (wb, name) =>
    snapshots.workbookToSnapshot(wb, name),
  );
  const opened: StandaloneWorkbook = {
    fileName: file.name,
    gateway,
    sheetNames: () => gateway.sheetNames(),
    activeSheet: () => gateway.activeSheet(),
    setActiveSheet: (name) => gateway.setActiveSheet(name),
    sheet: (name) => gateway.sheet(name),
    download: async () => ({
      blob: new Blob([await gateway.toBuffer()], { type: XLSX_TYPE }),
      fileName: downloadName(file.name),
    }),
  };
  return opened;
};
