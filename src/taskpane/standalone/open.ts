import { loadExcelJs, XLSX_TYPE } from './load-exceljs';
import type { OpenWorkbook, StandaloneWorkbook } from './types';

/** "福島区.xlsx" → "福島区_KUSEI.xlsx": the download never takes the original's name. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return `${base}_KUSEI.xlsx`;
}

/**
 * Opens an .xlsx the user chose with KUSEI's own reader (src/files/xlsx, its own small chunk): the
 * same checks as in the CLI (size, what the file is, archive limits), a file that fails them is an
 * error value with a message, never an exception. ExcelJS's browser build (about 250 KB gzip) loads
 * only when the pane first writes into the workbook or downloads it (LazyWorkbookGateway).
 */
export const openWorkbook: OpenWorkbook = async (file) => {
  const [xlsx, lazy] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ '../../files/read-xlsx-buffer'),
    import(/* webpackChunkName: "xlsx-reader" */ './lazy-gateway'),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const snapshot = await xlsx.readXlsxBytes(bytes, file.name);
  if ('fileError' in snapshot) return snapshot;

  const loadWriter = async () => {
    const [ExcelJS, snapshots, gatewayModule] = await Promise.all([
      loadExcelJs(),
      import(/* webpackChunkName: "xlsx-writer" */ '../../files/exceljs-snapshot'),
      import(/* webpackChunkName: "xlsx-writer" */ './memory-gateway'),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    return new gatewayModule.MemoryGateway(workbook, file.name, (wb, name) => snapshots.workbookToSnapshot(wb, name));
  };
  const gateway = new lazy.LazyWorkbookGateway(snapshot, loadWriter);
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
