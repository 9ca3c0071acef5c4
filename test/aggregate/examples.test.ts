import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateFiles, summaryJson } from '../../src/cli/summary';
import { makeExamples, WARD_LAYOUTS } from '../../scripts/make-examples';
import { CSV_PATH } from './csv-records';

/**
 * The examples the demo consolidates: 24 ward workbooks in five templates (domain §7 and the standard
 * layout) plus 全市.xlsx. Read back through the layout reader, they must give exactly the figures the
 * CSV gives (seed 000), so the demo's published figures come from real layout variety.
 */
const PUBLISHED_TOTAL = { cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 };
const PUBLISHED_TABLE1 = {
  cases: 408,
  listed: 346,
  listedFull: 330,
  listedPartial: 16,
  unlisted: 62,
  unlistedDone: 59,
  unlistedNotDone: 3,
};

jest.setTimeout(60_000);

describe('examples/wards (issue 6)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-examples-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the generator spreads the 24 wards over five templates, some wards in each; the seeds’ wards keep theirs', () => {
    const counts = new Map<string, number>();
    for (const layout of Object.values(WARD_LAYOUTS)) counts.set(layout, (counts.get(layout) ?? 0) + 1);
    expect(Object.keys(WARD_LAYOUTS)).toHaveLength(24);
    expect([...counts.keys()].sort()).toEqual(['fukushima', 'konohana', 'nishi', 'standard', 'taisho']);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(4);
    expect([WARD_LAYOUTS['福島区'], WARD_LAYOUTS['西区'], WARD_LAYOUTS['此花区'], WARD_LAYOUTS['大正区']]).toEqual([
      'fukushima',
      'nishi',
      'konohana',
      'taisho',
    ]);
  });

  it('R8/R9: generated workbooks, read by the layout reader, give the published figures with no error (seed 000)', async () => {
    const files = await makeExamples(CSV_PATH, dir);
    expect(files).toHaveLength(25);
    const consolidation = await consolidateFiles(files.map((f) => f.path));
    const json = summaryJson(consolidation) as { table2: { total: unknown }; table1: unknown };
    expect(json.table2.total).toEqual(PUBLISHED_TOTAL);
    expect(json.table1).toEqual(PUBLISHED_TABLE1);
    expect(consolidation.summary.findings).toEqual([]);
    for (const file of consolidation.files)
      expect({ file: file.file, errors: file.errors, problem: file.problem }).toEqual({
        file: file.file,
        errors: 0,
        problem: null,
      });
    const layoutOf = (name: string) => consolidation.files.find((f) => f.file === name)?.layout;
    expect(layoutOf('福島区.xlsx')).toContain('福島区様式');
    expect(layoutOf('西区.xlsx')).toContain('西区様式');
    expect(layoutOf('此花区.xlsx')).toContain('此花区様式');
    expect(layoutOf('大正区.xlsx')).toContain('大正区様式');
    expect(layoutOf('北区.xlsx')).toContain('標準');
  });

  it('R8: the generated examples give the same table as the CSV, indicator by indicator', async () => {
    const fromCsv = summaryJson(await consolidateFiles([CSV_PATH])) as { table2: unknown; table1: unknown };
    const generated = readdirSync(dir).map((name) => join(dir, name));
    const fromExamples = summaryJson(await consolidateFiles(generated)) as { table2: unknown; table1: unknown };
    expect(fromExamples.table2).toEqual(fromCsv.table2);
    expect(fromExamples.table1).toEqual(fromCsv.table1);
  });

  it('the checked-in examples/wards/ (what `npm run demo` reads) give the published figures', async () => {
    const wards = join(__dirname, '..', '..', 'examples', 'wards');
    if (!existsSync(wards)) throw new Error('examples/wards/ is missing: run `npx tsx scripts/make-examples.ts`');
    const files = readdirSync(wards).filter((name) => name.endsWith('.xlsx'));
    expect(files).toHaveLength(25);
    const json = summaryJson(await consolidateFiles(files.map((name) => join(wards, name)))) as {
      table2: { total: unknown };
      table1: unknown;
    };
    expect(json.table2.total).toEqual(PUBLISHED_TOTAL);
    expect(json.table1).toEqual(PUBLISHED_TABLE1);
  });
});
