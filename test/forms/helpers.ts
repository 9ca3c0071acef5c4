import path from 'node:path';
import type { CellValue } from '../../src/core/cell';
import { cellAddress } from '../../src/core/address';
import { cellText } from '../../src/core/text';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { FORM_READERS } from '../../src/core/forms';
import { SheetGrid } from '../../src/core/layouts/grid';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import type { FormReading, SheetFacts } from '../../src/core/validate/form-reader';
import { readXlsxFile } from '../../src/files/read-xlsx-file';

export const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpus');

export async function loadWorkbook(file: string): Promise<WorkbookSnapshot> {
  const read = await readXlsxFile(file);
  if (!('sheets' in read)) throw new Error(`cannot read ${file}`);
  return read;
}

const NO_FACTS: SheetFacts = { ward: null, reportYear: null };

/** The first form reader's reading of a sheet, as `readSheet` asks them (null: no form reader took it). */
export function readForm(sheet: SheetSnapshot, workbook: SheetFacts = NO_FACTS): FormReading | null {
  const context = {
    grid: new SheetGrid(sheet),
    settings: DEFAULT_SETTINGS,
    workbook,
    catalogue: FY2015_CATALOGUE,
  };
  for (const reader of FORM_READERS) {
    const reading = reader(sheet, context);
    if (reading) return reading;
  }
  return null;
}

/** A record as the tests write it by hand: 1-based row, A1 addresses per field, values as written. */
export interface RecordView {
  readonly row: number;
  readonly id: string | null;
  readonly cells: Record<string, string>;
  readonly values: Record<string, CellValue>;
  readonly required?: readonly string[];
  readonly midYearOnly?: boolean;
}

export function view(reading: FormReading): RecordView[] {
  return reading.records.map((record) => {
    const cells: Record<string, string> = {};
    const values: Record<string, CellValue> = {};
    for (const [field, refs] of Object.entries(record.cells)) {
      if (!refs || refs.length === 0) continue;
      cells[field] = refs.map((ref) => cellAddress(ref.row, ref.col)).join(',');
      values[field] = refs.length === 1 ? (refs[0]?.value ?? null) : refs.map((ref) => cellText(ref.value)).join(' | ');
    }
    return {
      row: record.row + 1,
      id: record.indicatorId,
      cells,
      values,
      ...(record.required ? { required: record.required } : {}),
      ...(record.midYearOnly ? { midYearOnly: true } : {}),
    };
  });
}

/** Facts as "text@A1". */
export function factsView(facts: SheetFacts): { ward: string | null; reportYear: string | null } {
  const shown = (fact: SheetFacts['ward']) => (fact ? `${fact.text}@${cellAddress(fact.row, fact.col)}` : null);
  return { ward: shown(facts.ward), reportYear: shown(facts.reportYear) };
}

/** A value expected to contain `text` (for long narrative cells), typed as the string it stands for. */
export function containing(text: string): string {
  const matcher: unknown = expect.stringContaining(text);
  return matcher as string;
}
