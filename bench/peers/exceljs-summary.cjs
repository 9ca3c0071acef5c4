#!/usr/bin/env node
// The peer of the cold `kusei summary` benchmark (bench/cases/cli-cold.ts): the same built CLI
// (dist/, `npm run build:lib`) reading every .xlsx the way it did before KUSEI had its own reader
// (commit 035bb24^: src/files/read-xlsx-file.ts and read-xlsx-buffer.ts), i.e. ExcelJS required at
// start, then for each file the size and signature checks, the archive's directory guard,
// ExcelJS `workbook.xlsx.load` and src/files/exceljs-snapshot.ts `workbookToSnapshot`. Expanding the
// inputs, the consolidation, the text report and the outputs are the CLI's own code, unchanged: only
// the one function that reads a file is swapped, so the difference is the read path alone.
//
// Usage: node bench/peers/exceljs-summary.cjs <dist> summary <kusei summary arguments…>
// Exits 70 when no file went through ExcelJS (the swap did not take: the figure would be a lie).
'use strict';
const path = require('node:path');

const dist = path.resolve(process.argv[2] ?? 'dist');
const at = (file) => path.join(dist, file);

// The old read path imported ExcelJS statically: every command paid for it at start.
const ExcelJS = require('exceljs');
const reading = require(at('files/read-xlsx-file.js'));
const { readInputBytes } = require(at('files/open-input.js'));
const { fileError, isFileReadError, MAX_FILE_BYTES } = require(at('files/errors.js'));
const { looksLikeXlsx } = require(at('files/read-xlsx-buffer.js'));
const { inspectZip, zipRefusalError } = require(at('files/zip-guard.js'));
const { workbookToSnapshot } = require(at('files/exceljs-snapshot.js'));
const { readCsvBytes } = require(at('files/csv.js'));

let throughExcelJs = 0;

/** The old readXlsxBytes: checks, guard, then ExcelJS reads the whole workbook. */
async function oldReadXlsxBytes(bytes, fileName) {
  if (bytes.length > MAX_FILE_BYTES) {
    return fileError('FILE_TOO_LARGE', fileName, {
      size: Math.round(bytes.length / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (!looksLikeXlsx(bytes)) return fileError('FILE_NOT_XLSX', fileName);
  // The old guard read the central directory before ExcelJS inflated anything; today's inspection is
  // that same directory check (it inflates nothing either).
  const verdict = inspectZip(bytes);
  if (!verdict.ok) return zipRefusalError(verdict, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120);
    return fileError('FILE_CORRUPT', fileName, { detail });
  }
  throughExcelJs++;
  return workbookToSnapshot(workbook, fileName);
}

/** The old readWorkbookFile: .csv as the standard long layout, anything else as .xlsx. */
async function oldReadWorkbookFile(file) {
  const bytes = await readInputBytes(file);
  if (isFileReadError(bytes)) return bytes;
  const name = path.basename(file);
  return /\.csv$/i.test(file) ? readCsvBytes(bytes, name) : oldReadXlsxBytes(bytes, name);
}

// dist/files/index.js re-exports readWorkbookFile through a getter of this module's exports, so the
// CLI's every call (summary, check, status) now reads the old way.
reading.readWorkbookFile = oldReadWorkbookFile;

const { main } = require(at('cli/kusei.js'));
main(process.argv.slice(3)).then((code) => {
  if (throughExcelJs === 0) {
    process.stderr.write('exceljs-summary: no file was read through ExcelJS\n');
    process.exitCode = 70;
    return;
  }
  process.exitCode = code;
});
