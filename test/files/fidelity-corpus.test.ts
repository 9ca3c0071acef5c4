import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from '../../src/core/cell';
import { isFileReadError } from '../../src/files/errors';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';
import { excelJsSnapshot, sheetView, type CellView } from './support/reference';
import { shown } from '../support/shown';

/**
 * The fidelity corpus (issue 11): workbooks written by Japanese Excel, LibreOffice, Google Sheets,
 * openpyxl and others, taken from the test suites of Apache POI, calamine and excel-cellformatter
 * (test/fixtures/xlsx/SOURCES.md). Every cell KUSEI's reader gives must equal the old ExcelJS reading,
 * except where ExcelJS is wrong: then the file's XML itself is the reference, through a rule checked
 * against the XML (below) or a correction written by hand in expected.json. ExcelJS's own issue #2943
 * (a formula whose saved result is 0, FALSE or "" read as empty) is the rule `formulaResultKept`.
 */
interface Expected {
  readonly value?: CellValue;
  readonly formula?: string | null;
  readonly format?: string | null;
  readonly why?: string;
}

interface FileSpec {
  readonly error?: string;
  readonly exceljs?: 'fails';
  readonly rules?: readonly Rule[];
  readonly corrections?: Readonly<Record<string, Expected>>;
  readonly cells?: Readonly<Record<string, Expected>>;
  readonly merges?: Readonly<Record<string, readonly string[]>>;
}

type Rule = 'formulaResultKept' | 'formatWrittenAsIs' | 'serialBeforeMarch1900' | 'generalInCapitals';

const DIR = join(__dirname, '..', 'fixtures', 'xlsx');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  files: Record<string, FileSpec>;
};

/** The parts of the archive as text, through fflate's own unzip (not the reader's zip code). */
function partsOf(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('.xml')) parts.set(name.toLowerCase(), strFromU8(data));
  }
  return parts;
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The day after a "YYYY-MM-DD" text. */
function nextDay(text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Whether `rule` explains why ExcelJS's reading `theirs` differs from `ours`, checked against the XML. */
function ruleExplains(
  rule: Rule,
  address: string,
  theirs: CellView,
  ours: CellView,
  parts: Map<string, string>,
): boolean {
  const sameValue = JSON.stringify(theirs.value) === JSON.stringify(ours.value);
  switch (rule) {
    case 'formulaResultKept': {
      // ExcelJS #2943: a formula cell whose <v> holds 0, FALSE (t="b" 0) or "" (t="str") is read as empty.
      if (
        theirs.value !== null ||
        ours.formula === null ||
        theirs.formula !== ours.formula ||
        theirs.format !== ours.format
      )
        return false;
      const cell = new RegExp(`<c r="${address}"([^>]*)>(.*?)</c>`);
      return [...parts.entries()].some(([name, xml]) => {
        if (!name.startsWith('xl/worksheets/')) return false;
        const match = cell.exec(xml);
        if (!match) return false;
        const [, attributes = '', body = ''] = match;
        const cached = /<v>([^<]*)<\/v>/.exec(body)?.[1] ?? (/<v\/>/.test(body) ? '' : null);
        if (/t="b"/.test(attributes)) return cached === '0' && ours.value === false;
        if (/t="str"/.test(attributes)) return cached === '' && ours.value === '';
        return cached !== null && Number(cached) === 0 && ours.value === 0;
      });
    }
    case 'formatWrittenAsIs': {
      // ExcelJS drops the backslashes of a format code ("yyyy\-mm\-dd"); the reader keeps what styles.xml says.
      if (!sameValue || theirs.formula !== ours.formula || ours.format === null) return false;
      const styles = parts.get('xl/styles.xml') ?? '';
      const written = [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => decodeXml(m[1] ?? ''));
      return written.includes(ours.format) && theirs.format === ours.format.replace(/\\/g, '');
    }
    case 'serialBeforeMarch1900':
      // Excel's serial 1 is 1900-01-01 (ExcelJS gives 1899-12-31): before its phantom 1900-02-29, a day later.
      return (
        typeof theirs.value === 'string' &&
        theirs.value < '1900-03-01' &&
        ours.value === nextDay(theirs.value) &&
        theirs.formula === ours.formula &&
        theirs.format === ours.format
      );
    case 'generalInCapitals':
      // LibreOffice writes formatCode="GENERAL": the General format, which the snapshot leaves out.
      return (
        sameValue && theirs.formula === ours.formula && /^general$/i.test(theirs.format ?? '') && ours.format === null
      );
  }
}

function expectCell(actual: CellView | undefined, expected: Expected, where: string): void {
  expect({ where, value: actual?.value ?? null }).toEqual({ where, value: expected.value ?? null });
  if ('formula' in expected)
    expect({ where, formula: actual?.formula ?? null }).toEqual({ where, formula: expected.formula });
  if ('format' in expected)
    expect({ where, format: actual?.format ?? null }).toEqual({ where, format: expected.format });
}

describe('fidelity corpus: every cell as the file holds it (test/fixtures/xlsx)', () => {
  it.each(Object.entries(EXPECTED.files))('%s', async (file, spec) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    const read = await readXlsxBytes(bytes, file);
    if (spec.error !== undefined) {
      expect(isFileReadError(read) && read.fileError).toBe(spec.error);
      return;
    }
    if (isFileReadError(read)) throw new Error(`${file}: ${shown(read, 'en')}`);
    const ours = new Map(read.sheets.map((sheet) => [sheet.name, sheetView(sheet)]));
    const cellAt = (key: string): CellView | undefined => {
      const bang = key.lastIndexOf('!');
      return ours.get(key.slice(0, bang))?.cells.find((cell) => cell.address === key.slice(bang + 1));
    };

    if (spec.exceljs !== 'fails') {
      const parts = partsOf(bytes);
      const reference = await excelJsSnapshot(bytes, file);
      expect(read.sheets.map((sheet) => sheet.name)).toEqual(reference.sheets.map((sheet) => sheet.name));
      for (const sheet of reference.sheets.map(sheetView)) {
        const mine = ours.get(sheet.name);
        expect({ sheet: sheet.name, hidden: mine?.hidden, merges: mine?.merges }).toEqual({
          sheet: sheet.name,
          hidden: sheet.hidden,
          merges: sheet.merges,
        });
        const theirs = new Map(sheet.cells.map((cell) => [cell.address, cell]));
        const addresses = new Set([...theirs.keys(), ...(mine?.cells ?? []).map((cell) => cell.address)]);
        for (const address of addresses) {
          const key = `${sheet.name}!${address}`;
          const ourCell = mine?.cells.find((cell) => cell.address === address);
          const theirCell = theirs.get(address);
          const correction = spec.corrections?.[key];
          if (correction) {
            expectCell(ourCell, correction, key);
            continue;
          }
          if (JSON.stringify(ourCell) === JSON.stringify(theirCell)) continue;
          const explained =
            ourCell !== undefined &&
            theirCell !== undefined &&
            (spec.rules ?? []).some((rule) => ruleExplains(rule, address, theirCell, ourCell, parts));
          if (explained) continue;
          expect({ key, ours: ourCell }).toEqual({ key, ours: theirCell });
        }
      }
      // Every hand-written correction names a cell ExcelJS reads otherwise (none is stale).
      for (const key of Object.keys(spec.corrections ?? {})) expect(cellAt(key)).toBeDefined();
    }
    for (const [key, expected] of Object.entries(spec.cells ?? {})) expectCell(cellAt(key), expected, key);
    for (const [name, merges] of Object.entries(spec.merges ?? {})) expect(ours.get(name)?.merges).toEqual(merges);
  });
});

describe("the project's own workbooks read exactly as the old ExcelJS path read them", () => {
  const ROOT = join(__dirname, '..', '..');
  const files = [
    ...readdirSync(join(ROOT, 'test', 'fixtures'))
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(ROOT, 'test', 'fixtures', name)),
    ...readdirSync(join(ROOT, 'examples', 'wards'))
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(ROOT, 'examples', 'wards', name)),
  ];
  it.each(files.map((path) => [path.slice(ROOT.length + 1), path]))('%s', async (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(await readXlsxBytes(bytes, 'w.xlsx')).toEqual(await excelJsSnapshot(bytes, 'w.xlsx'));
  });
});
