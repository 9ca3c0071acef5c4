import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cell';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { readSheet, validateWorkbook } from '../../src/core/validate';
import { MAX_DATA_ROWS } from '../../src/core/validate/scan';
import { isFileReadError, readWorkbookFile } from '../../src/files';
import { buildCorpus, type CorpusEntry } from './support/corpus';
import { deepFreeze, OPTIONS, sha256, sheetOf, STANDARD_HEADER, standardRow } from './support/workbooks';
import { shown } from '../support/shown';

/**
 * The hostile corpus (support/corpus.ts), generated into a temporary directory: each file gives a
 * clear finding or message, the CLI goes on with the other files and exits with its documented code,
 * and no source file changes. The CLI runs as users run it: `tsx src/cli/kusei.ts …`.
 */
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

// Building the corpus (a million-row sheet among it) and two CLI runs: a guard against hanging only.
jest.setTimeout(120_000);

let dir: string;
let corpus: CorpusEntry[];
const hashes = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-corpus-'));
  corpus = await buildCorpus(dir);
  for (const entry of corpus) hashes.set(entry.file, sha256(join(dir, entry.file)));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly fileError: string | null;
  readonly message: string;
  readonly records: number;
  readonly findings: readonly { code: string; cell: string | null; text: string }[];
}

async function readAndCheck(entry: CorpusEntry): Promise<Outcome> {
  const snapshot = await readWorkbookFile(join(dir, entry.file));
  if (isFileReadError(snapshot)) {
    return { fileError: snapshot.fileError, message: shown(snapshot), records: 0, findings: [] };
  }
  const report = validateWorkbook(snapshot, OPTIONS);
  return {
    fileError: null,
    message: '',
    records: report.records.length,
    findings: report.findings.map((f) => ({ code: f.code, cell: f.cell, text: f.text })),
  };
}

/** What is wrong with an outcome against its entry, or null. */
function mismatch(entry: CorpusEntry, outcome: Outcome): string | null {
  if (entry.fileError) {
    if (outcome.fileError !== entry.fileError) return `expected ${entry.fileError}, got ${outcome.fileError ?? 'read'}`;
    if (!/ください|してください/.test(outcome.message)) return `message says nothing to do: ${outcome.message}`;
    return null;
  }
  if (outcome.fileError) return `expected readable, got ${outcome.fileError}: ${outcome.message}`;
  if (entry.records !== undefined && outcome.records !== entry.records) {
    return `expected ${entry.records} records, got ${outcome.records}`;
  }
  const got = outcome.findings.map((f) => `${f.code}@${f.cell ?? ''}`);
  const missing = (entry.findings ?? []).filter((want) => !got.includes(`${want.code}@${want.cell ?? ''}`));
  if (missing.length > 0)
    return `missing ${missing.map((m) => `${m.code}@${m.cell ?? ''}`).join(', ')}; got ${got.join(', ')}`;
  if (entry.findings?.length === 0 && outcome.findings.some((f) => f.code !== 'value.notMeasured')) {
    return `expected no findings, got ${got.join(', ')}`;
  }
  return null;
}

describe('hostile corpus, file by file', () => {
  it('every file gives its clear message or its findings at the right addresses', async () => {
    const problems: Record<string, string> = {};
    for (const entry of corpus) {
      const problem = mismatch(entry, await readAndCheck(entry));
      if (problem) problems[`${entry.file} (${entry.about})`] = problem;
    }
    expect(problems).toEqual({});
    expect(corpus.length).toBeGreaterThanOrEqual(19);
  });

  it('a 30,000-character cell is shown clipped in its finding, with its length', async () => {
    const entry = corpus.find((e) => e.file === 'long-cells.xlsx');
    if (!entry) throw new Error('corpus lacks long-cells.xlsx');
    const outcome = await readAndCheck(entry);
    const long = outcome.findings.filter((f) => f.code === 'cell.tooLong');
    expect(long.length).toBeGreaterThan(0);
    for (const finding of long) {
      expect(finding.text.length).toBeLessThan(300);
      expect(finding.text).toMatch(/…\(\d+文字\)$/);
    }
  });

  it('a two-level header: 実績 / 27年度 is the actual, 実績 / 前年度 the previous year, data from row 3', async () => {
    const snapshot = await readWorkbookFile(join(dir, 'grouped-header.xlsx'));
    if (isFileReadError(snapshot)) throw new Error(shown(snapshot));
    const report = validateWorkbook(snapshot, OPTIONS);
    expect(report.sheets[0]?.tables[0]).toMatchObject({ headerTop: 1, headerRow: 2 });
    expect(report.records.map((r) => [r.source.row, r.indicatorId, r.actual, r.previous])).toEqual([
      [3, '1-1-ア', '51.3%', '40%'],
      [4, '1-2-ア', '84.7%', '80%'],
    ]);
  });

  it('a formula without its result is reported as such, not also as a blank (未測定) actual', async () => {
    const entry = corpus.find((e) => e.file === 'formulas-uncached.xlsx');
    if (!entry) throw new Error('corpus lacks formulas-uncached.xlsx');
    const outcome = await readAndCheck(entry);
    expect(outcome.findings.filter((f) => f.cell === '此花区!F2').map((f) => [f.code, f.text])).toEqual([
      ['cell.formulaNotCalculated', '=G2*2'],
    ]);
  });

  it('Shift_JIS and UTF-8-with-BOM CSV read the same records, full-width actuals included', async () => {
    const sjis = await readWorkbookFile(join(dir, 'shift-jis.csv'));
    const bom = await readWorkbookFile(join(dir, 'utf8-bom.csv'));
    if (isFileReadError(sjis) || isFileReadError(bom)) throw new Error('CSV not read');
    const actuals = (snapshot: typeof sjis) =>
      validateWorkbook(snapshot, OPTIONS).records.map((r) => [r.ward, r.indicatorId, r.actual]);
    expect(actuals(sjis)).toEqual(actuals(bom));
    expect(actuals(sjis)).toEqual([
      ['此花区', '1-1-ア', '51.3%'],
      ['此花区', '1-2-ア', '84.7%'],
      ['此花区', '1-2-イ', '５１．３％'],
    ]);
  });
});

describe('the CLI on the whole corpus', () => {
  const run = (args: string[]) =>
    spawnSync(TSX, ['src/cli/kusei.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  it('kusei check reports every file, unreadable ones included, and exits 2; no file changes', () => {
    const files = corpus.map((e) => join(dir, e.file));
    const result = run(['check', ...files, '--json']);
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout) as {
      files: { file: string; valid: boolean; findings: { code: string; cell: string | null }[] }[];
    };
    expect(json.files.map((f) => f.file)).toEqual(files);
    json.files.forEach((file, index) => {
      const entry = corpus[index];
      if (!entry) throw new Error('entry missing');
      const codes = file.findings.map((f) => f.code);
      if (entry.fileError) expect({ file: entry.file, codes }).toEqual({ file: entry.file, codes: [entry.fileError] });
      else for (const want of entry.findings ?? []) expect(file.findings).toContainEqual(expect.objectContaining(want));
    });
    for (const entry of corpus)
      expect({ file: entry.file, hash: sha256(join(dir, entry.file)) }).toEqual({
        file: entry.file,
        hash: hashes.get(entry.file),
      });
  });

  it('kusei summary goes on past unreadable files, writes its outputs, exits 1; no source file changes', () => {
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    const files = corpus.map((e) => join(dir, e.file));
    const result = run([
      'summary',
      ...files,
      '--json',
      '--out',
      join(out, 'summary.xlsx'),
      '--report',
      join(out, 'report.html'),
    ]);
    expect(result.status).toBe(1);
    for (const entry of corpus.filter((e) => e.fileError)) expect(result.stderr).toContain(entry.file);
    const json = JSON.parse(result.stdout) as { files: { file: string; records: number }[] };
    const read = corpus.filter((e) => !e.fileError).map((e) => e.file);
    for (const file of read) expect(json.files.map((f) => f.file)).toContain(file);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'summary.xlsx']);
    for (const entry of corpus)
      expect({ file: entry.file, hash: sha256(join(dir, entry.file)) }).toEqual({
        file: entry.file,
        hash: hashes.get(entry.file),
      });
  });
});

describe('a 1,000,000-row CSV file (36 MB, under the 50 MB file limit)', () => {
  it('is read up to the documented limit, with a finding where reading stopped', async () => {
    const path = join(dir, 'million-rows.csv');
    const header = `${STANDARD_HEADER.join(',')}\n`;
    writeFileSync(path, header + '此花区,1-1-ア,,50%以上,,1%,,,\n'.repeat(1_000_000));
    const snapshot = await readWorkbookFile(path);
    if (isFileReadError(snapshot)) throw new Error(shown(snapshot));
    expect(snapshot.sheets[0]?.values).toHaveLength(1_000_001);
    const report = validateWorkbook(snapshot, OPTIONS);
    expect(report.records).toHaveLength(MAX_DATA_ROWS);
    expect(report.findings.filter((f) => f.code === 'sheet.tooManyRows')).toMatchObject([
      { severity: 'error', row: MAX_DATA_ROWS + 2 },
    ]);
  });
});

describe('a 1,000,000-row sheet in memory (the core never reads files)', () => {
  it('is read up to the documented limit, with a finding where reading stopped; the snapshot is untouched', () => {
    const ids = FY2015_CATALOGUE.indicators.map((i) => i.id);
    const wards = ['北区', '都島区', '福島区', '此花区', '中央区', '西区'];
    // Distinct rows are shared, so a million rows cost a million references, not a million arrays.
    const distinct: CellValue[][] = wards.flatMap((ward) =>
      ids.map((id) => standardRow(ward, id, 'H29年度までに50%以上', '51.3%')),
    );
    const values: CellValue[][] = [[...STANDARD_HEADER]];
    for (let i = 0; i < 1_000_000; i++) values.push(distinct[i % distinct.length] ?? []);
    const sheet = deepFreeze(sheetOf('全区', values));
    const reading = readSheet(sheet, OPTIONS);
    expect(reading.records).toHaveLength(MAX_DATA_ROWS);
    const stop = reading.findings.find((f) => f.code === 'sheet.tooManyRows');
    expect(stop).toMatchObject({ severity: 'error', row: MAX_DATA_ROWS + 2 });
    expect(shown(stop)).toContain(`A${MAX_DATA_ROWS + 2}以降は読み取っていません`);
    expect(shown(stop)).toContain('ファイルを分けてください');
    expect(sheet.values).toHaveLength(1_000_001);
  });
});
