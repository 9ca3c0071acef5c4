import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook, type ListedRecord, type Report } from '../../src/core/validate';
import { isFileReadError, readWorkbookFile } from '../../src/files';
import { shown } from '../support/shown';

/**
 * Sample-file test over the ward workbook corpus (test/fixtures/corpus, copied from ../shared/corpus):
 * six workbooks written independently of this project, with expectations written by hand from the seeds
 * and the domain brief in expected.json (never computed by this code). Issue 12's "done when".
 */
interface Planted {
  readonly id: string;
  readonly cell: string;
}
interface ExpectedRecord {
  readonly sheet: string;
  readonly cells?: { readonly actual?: string };
  readonly ruleMark: unknown;
}
interface ExpectedFile {
  readonly planted: readonly Planted[];
  readonly records: readonly ExpectedRecord[];
  readonly noErrorElsewhere: boolean;
}

/** The shared corpus, and our own workbooks written the same way (test/fixtures/corpus-own). */
const DIRS = ['corpus', 'corpus-own'].map((folder) => join(__dirname, '..', 'fixtures', folder));
const expected: Record<string, ExpectedFile> = {};
const folderOf = new Map<string, string>();
for (const dir of DIRS) {
  const files = (
    JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> }
  ).files;
  for (const [name, file] of Object.entries(files)) {
    expected[name] = file;
    folderOf.set(name, dir);
  }
}

/** "'具体的取組（H27）'!$J$8" → "具体的取組（H27）!J8", the way expected.json names cells. */
function key(sheet: string, cell: string): string {
  const bare = cell.includes('!') ? cell.slice(cell.lastIndexOf('!') + 1) : cell;
  return `${sheet.replace(/^'|'$/g, '')}!${bare.replace(/\$/g, '').toUpperCase()}`;
}

/**
 * The 福島区 rows write the 全体 after a comma in some entries ("個別 B, 全体 B", rows 9 and 11) and a
 * semicolon in others ("個別 B; 全体 B", row 24): the same marks, so the separator is not compared.
 */
function marksOf(words: string): string {
  return words.replace(/\s*[,;]\s*全体/, '; 全体');
}

const reports = new Map<string, Report>();

beforeAll(async () => {
  for (const name of Object.keys(expected)) {
    const snapshot = await readWorkbookFile(join(folderOf.get(name) ?? '', name));
    if (isFileReadError(snapshot)) throw new Error(`${name}: ${shown(snapshot)}`);
    reports.set(
      name,
      validateWorkbook(snapshot, { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE, listRecords: true }),
    );
  }
});

describe.each(Object.entries(expected))('corpus %s', (name, file) => {
  const report = (): Report => {
    const found = reports.get(name);
    if (!found) throw new Error(`${name} not read`);
    return found;
  };
  const errorCells = (): string[] =>
    report()
      .findings.filter((finding) => finding.severity === 'error' && finding.cell !== null)
      .map((finding) => key(finding.sheet, finding.cell ?? ''));

  // konohana-pdca and fukushima-indicators contain no mistake: the next test alone speaks for them.
  const planted = file.planted.map((p) => [p.id, p] as const);
  if (planted.length > 0) {
    it.each(planted)('reports planted %s at its cell', (_id, planted) => {
      const cells = planted.cell.split('|');
      expect(errorCells().filter((cell) => cells.includes(cell))).not.toEqual([]);
    });

    it('reports no error anywhere else', () => {
      const planted = new Set(file.planted.flatMap((p) => p.cell.split('|')));
      const sheetLevel = report().findings.filter((f) => f.severity === 'error' && f.cell === null);
      expect(sheetLevel.map((f) => f.code)).toEqual([]);
      expect(errorCells().filter((cell) => !planted.has(cell))).toEqual([]);
    });
  }

  it('computes every record the rules can judge as expected.json says', () => {
    const listed: ListedRecord[] = report().sheets.flatMap((sheet) => sheet.listed ?? []);
    const judged = file.records.filter((r) => typeof r.ruleMark === 'string' && r.cells?.actual);
    for (const record of judged) {
      const cell = `${record.sheet}!${String(record.cells?.actual).split(/[ (]/)[0] ?? ''}`;
      const got = listed.find((l) => l.cells.actual !== null && key(l.sheet, l.cells.actual) === cell);
      expect({ cell, mark: got ? marksOf(String(got.computedMark)) : 'no record' }).toEqual({
        cell,
        mark: marksOf(String(record.ruleMark)),
      });
    }
  });
});
