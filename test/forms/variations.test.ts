import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../../src/core/cell';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { factsView, loadWorkbook, readForm, view } from './helpers';

/**
 * Another keeping of the 大正区 form (make-taisho-variation.ts, from seed 001), read by the same form
 * description as the corpus: its expectations are hand-written in taisho-variation.expected.json.
 */
interface ExpectedRecord {
  readonly row: number;
  readonly id: string | null;
  readonly cells: Record<string, string>;
  readonly values: Record<string, CellValue>;
  readonly required: readonly string[];
}

interface Expected {
  readonly layout: string;
  readonly sheets: Record<string, { ward: string; reportYear: string; records: ExpectedRecord[] }>;
}

const EXPECTED = JSON.parse(readFileSync(path.join(__dirname, 'taisho-variation.expected.json'), 'utf8')) as Expected;

let workbook: WorkbookSnapshot;

beforeAll(async () => {
  workbook = await loadWorkbook(path.join(__dirname, 'taisho-variation.xlsx'));
});

describe('taisho-variation.xlsx: the 大正区 form kept with a margin, unmerged captions, text below labels', () => {
  it('has the sheets the expectations name', () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(Object.keys(EXPECTED.sheets));
  });

  it.each(Object.entries(EXPECTED.sheets))('%s: ward, year and every record where expected', (name, expected) => {
    const sheet = workbook.sheets.find((s) => s.name === name);
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
});
