import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../../src/core/cell';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { validateWorkbook } from '../../src/core/validate';
import { factsView, loadWorkbook, readForm, view } from './helpers';

/**
 * Other keepings of the 大正区 and 此花区 forms (make-taisho-variation.ts from seed 001,
 * make-konohana-variation.ts from seed 003), read by the same form descriptions as the corpus: their
 * expectations are hand-written in <name>.expected.json.
 */
interface ExpectedRecord {
  readonly row: number;
  readonly id: string | null;
  readonly cells: Record<string, string>;
  readonly values: Record<string, CellValue>;
  readonly required?: readonly string[];
  /** The mark the rules give from the sheet's own actual and target (R1–R4), when the file says. */
  readonly ruleMark?: string;
}

interface Expected {
  readonly layout: string;
  readonly sheets: Record<string, { ward: string; reportYear: string; records: ExpectedRecord[] }>;
  readonly planted: readonly { readonly id: string; readonly cell: string }[];
}

describe.each([
  ['taisho-variation', 'the 大正区 form kept with a margin, unmerged captions, text below labels'],
  ['konohana-variation', 'the 此花区 form with no 表紙, circled items, unmerged P/D/C/A'],
])('%s.xlsx: %s', (name) => {
  const EXPECTED = JSON.parse(readFileSync(path.join(__dirname, `${name}.expected.json`), 'utf8')) as Expected;
  let workbook: WorkbookSnapshot;

  beforeAll(async () => {
    workbook = await loadWorkbook(path.join(__dirname, `${name}.xlsx`));
  });

  it('has the sheets the expectations name', () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(Object.keys(EXPECTED.sheets));
  });

  it.each(Object.entries(EXPECTED.sheets))('%s: ward, year and every record where expected', (sheetName, expected) => {
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    expect(sheet).toBeDefined();
    const reading = sheet ? readForm(sheet) : null;
    expect(reading?.layout).toBe(EXPECTED.layout);
    expect(reading?.confidence).toBe(1);
    expect(reading?.findings).toEqual([]);
    expect(reading && factsView(reading.facts)).toEqual({ ward: expected.ward, reportYear: expected.reportYear });
    const records = reading ? view(reading) : [];
    expect(records.length).toBe(expected.records.length);
    expected.records.forEach((want, index) => {
      const got = records[index];
      expect(got?.row).toBe(want.row);
      expect(got?.id).toBe(want.id);
      expect(got?.cells).toEqual(want.cells);
      expect(got?.required).toEqual(want.required);
      for (const [field, value] of Object.entries(want.values)) expect(got?.values[field]).toEqual(value);
    });
  });

  it('through the checks: every planted mistake at its cell, no other error, the marks the rules give', () => {
    const report = validateWorkbook(workbook, {
      settings: DEFAULT_SETTINGS,
      catalogue: FY2015_CATALOGUE,
      fileName: `${name}.xlsx`,
      listRecords: true,
    });
    const errorCells = report.findings.filter((f) => f.severity === 'error').map((f) => f.cell ?? '');
    for (const planted of EXPECTED.planted) {
      expect(planted.cell.split('|').some((cell) => errorCells.includes(cell))).toBe(true);
    }
    const plantedCells = EXPECTED.planted.flatMap((planted) => planted.cell.split('|'));
    expect(errorCells.filter((cell) => !plantedCells.includes(cell))).toEqual([]);
    const listed = report.sheets.flatMap((sheet) => sheet.listed ?? []);
    for (const [sheetName, expected] of Object.entries(EXPECTED.sheets)) {
      for (const want of expected.records) {
        if (want.ruleMark === undefined) continue;
        const got = listed.find((record) => record.sheet === sheetName && record.cells.actual === want.cells.actual);
        expect([sheetName, want.cells.actual, got?.computedMark]).toEqual([
          sheetName,
          want.cells.actual,
          want.ruleMark,
        ]);
      }
    }
  });
});
