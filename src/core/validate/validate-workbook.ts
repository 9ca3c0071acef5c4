import type { Finding } from '../finding';
import type { CaseRecord } from '../record';
import type { WorkbookSnapshot } from '../snapshot';
import { makeFinding } from './finding-builder';
import { capFindings, limitFindings, noUnlistedFindings } from './limits';
import { duplicateIndicators, readSheet } from './read-sheet';
import type { Report, SheetReading, ValidateOptions } from './types';
import type { SheetFacts } from './form-reader';
import { SheetGrid } from '../layouts/grid';
import { titleFacts, wardNamed } from './sheet-facts';

/**
 * The ward and report year the workbook states once for all its sheets: on a 表紙 (cover) sheet first,
 * else on the first sheet whose title block names them (seed 003's theme sheets name neither).
 */
function workbookFacts(workbook: WorkbookSnapshot): SheetFacts {
  // Only a cover sheet speaks for the others: a table's cells ("H26年度までに50%以上") are not a title.
  const sheets = workbook.sheets.filter((sheet) => sheet.name.includes('表紙'));
  let ward: SheetFacts['ward'] = null;
  let reportYear: SheetFacts['reportYear'] = null;
  for (const sheet of sheets) {
    const grid = new SheetGrid(sheet);
    const facts = titleFacts(grid, grid.endRow, 12);
    ward ??= facts.ward && wardNamed(facts.ward) ? facts.ward : null;
    reportYear ??= facts.reportYear;
    if (ward && reportYear) break;
  }
  return { ward, reportYear };
}

/**
 * Reads and checks every sheet of a workbook → a Frictionless-like report. `valid` is false when any
 * finding is an error. A workbook with no readable table at all is itself an error (layout.unknown).
 */
export function validateWorkbook(workbook: WorkbookSnapshot, options: ValidateOptions): Report {
  const fileName = options.fileName ?? workbook.fileName;
  const facts = workbookFacts(workbook);
  const sheets: SheetReading[] = workbook.sheets.map((sheet) => {
    const mapping = options.mappings?.[sheet.name];
    return readSheet(sheet, {
      settings: options.settings,
      catalogue: options.catalogue,
      workbook: facts,
      ...(options.listRecords === true ? { listRecords: true } : {}),
      ...(fileName !== undefined ? { fileName } : {}),
      ...(mapping !== undefined ? { mapping } : {}),
    });
  });
  // Loops, not spreads: a sheet may carry hundreds of thousands of records.
  // What the reader could not hold (cells past XFD, text past Excel's 32,767 characters…) comes
  // first, so that capping a long list never hides it.
  const findings: Finding[] = limitFindings(workbook.limits ?? []);
  const records: CaseRecord[] = [];
  const unlisted = noUnlistedFindings();
  for (const sheet of sheets) {
    for (const finding of sheet.findings) findings.push(finding);
    unlisted.errors += sheet.unlisted?.errors ?? 0;
    unlisted.warnings += sheet.unlisted?.warnings ?? 0;
    unlisted.infos += sheet.unlisted?.infos ?? 0;
    for (const record of sheet.records) records.push(record);
  }
  const recognised = sheets.filter((sheet) => sheet.layout !== null);
  if (recognised.length === 0) {
    findings.unshift(makeFinding('layout.unknown', { sheet: workbook.sheets[0]?.name ?? '' }, fileName ?? ''));
  }
  // Duplicates within a sheet are reported by readSheet; here only those across sheets (none when the
  // records all come from one sheet, so that common case skips the pass).
  if (sheets.filter((sheet) => sheet.records.length > 0).length > 1) {
    for (const finding of duplicateIndicators(records, null)) findings.push(finding);
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length + unlisted.errors;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length + unlisted.warnings;
  return {
    valid: errors === 0,
    stats: {
      rows: sheets.reduce((sum, sheet) => sum + sheet.rows, 0),
      records: records.length,
      errors,
      warnings,
    },
    layout: recognised[0]?.layout ?? null,
    sheets,
    records,
    // Counted above in full (stats, valid); listed up to MAX_FINDINGS_PER_FILE.
    findings: capFindings(findings, workbook.sheets[0]?.name ?? '', unlisted),
  };
}
