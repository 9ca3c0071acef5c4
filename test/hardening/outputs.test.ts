import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/kusei';
import { SORT_SCRIPT } from '../../src/files/write-summary-html';
import { inspectZip } from '../../src/files/zip-guard';
import { arrayBufferOf, sha256, standardRow, standardWorkbook, xlsxBytes } from './support/workbooks';

/**
 * What consolidation may touch: only the outputs it was asked for, written whole (temporary file, then
 * rename) and never over an existing file without --force; never a source file. And what it writes
 * carries cell text as text: formula-like text is no formula in the xlsx, markup is escaped in the HTML.
 * (The CLI writes xlsx and HTML; it has no CSV output.)
 */
const HOSTILE_TEXTS = ['=HYPERLINK("http://x","y")', '+cmd', '-1+1', '@SUM(A1)', '<img src=x onerror=alert(1)>'];

function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

const IDS = ['1-1-ア', '1-2-ア', '1-2-イ', '1-4-ア', '1-4-イ'];

let dir: string;
let ward: string;
let markupFile: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-outputs-'));
  ward = join(dir, '此花区.xlsx');
  const rows: CellValue[][] = HOSTILE_TEXTS.map((text, i) =>
    standardRow('此花区', IDS[i] ?? '1-1-ア', 'H29年度までに50%以上', text),
  );
  writeFileSync(ward, await xlsxBytes(standardWorkbook('此花区', rows)));
  // A file and a ward name made of markup: both reach the report's file table and findings.
  markupFile = join(dir, '<img src=x onerror=alert(1)>.xlsx');
  const markupRows = [standardRow('<script>alert(1)</script>', '1-1-ア', 'H29年度までに50%以上', '51.3%')];
  writeFileSync(markupFile, await xlsxBytes(standardWorkbook('北区', markupRows)));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function summary(args: string[]): Promise<{ code: number; io: ReturnType<typeof bufferIo> }> {
  const io = bufferIo();
  const code = await main(['summary', ward, markupFile, ...args], io);
  return { code, io };
}

/** Every formula of an xlsx (what ExcelJS reads back as { formula }), one per line. */
async function formulasIn(path: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(path));
  const verdict = inspectZip(bytes);
  if (!verdict.ok) throw new Error(verdict.detail);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(bytes));
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as unknown;
        if (typeof value === 'object' && value !== null && 'formula' in value)
          formulas.push(String((value as { formula: string }).formula));
      }),
    ),
  );
  return formulas.join('\n');
}

describe('outputs carry cell text as text', () => {
  it('formula-like text in a ward cell is a string in the summary workbook, never a formula', async () => {
    const out = join(dir, 'out', 'summary.xlsx');
    const { code } = await summary(['--out', out]);
    expect(code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const list = workbook.getWorksheet('全区一覧');
    if (!list) throw new Error('no 全区一覧 sheet');
    const actuals: unknown[] = [];
    list.eachRow((row) => actuals.push(row.getCell(5).value));
    for (const text of HOSTILE_TEXTS) expect(actuals).toContain(text);
    // KUSEI's own summary formulas are the only formulas, and none of them came from a cell.
    const formulas = await formulasIn(out);
    for (const text of ['HYPERLINK', 'cmd', 'SUM(A1)', '-1+1']) expect(formulas).not.toContain(text);
  });

  it('markup in a cell, a ward name or a file name is escaped in the HTML report', async () => {
    const report = join(dir, 'report.html');
    const { code } = await summary(['--report', report]);
    expect(code).toBe(1);
    const html = readFileSync(report, 'utf8');
    // The one script is KUSEI's own (sorting the matrix); no cell, ward or file name adds markup.
    const ownScript = `<script>${SORT_SCRIPT}</script>`;
    expect(html.split(ownScript)).toHaveLength(2);
    expect(html.replace(ownScript, '')).not.toMatch(/<img|<script/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});

describe('consolidation touches only the outputs asked for', () => {
  it('never writes to a source file: its bytes are the same after summary with every output and --force', async () => {
    const before = [sha256(ward), sha256(markupFile)];
    await summary(['--out', join(dir, 's.xlsx'), '--report', join(dir, 'r.html'), '--force']);
    expect([sha256(ward), sha256(markupFile)]).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['<img src=x onerror=alert(1)>.xlsx', 'r.html', 's.xlsx', '此花区.xlsx']);
  });

  it('refuses an output that is one of its inputs, even with --force (exit 2, the ward file unchanged)', async () => {
    const before = sha256(ward);
    const { code, io } = await summary(['--out', ward, '--force']);
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toContain('別のファイル名にしてください');
    expect(sha256(ward)).toBe(before);
  });

  it('never over an existing output without --force; with --force the whole new file replaces it', async () => {
    const out = join(dir, 'summary.xlsx');
    writeFileSync(out, 'a coordinator’s own file');
    const refused = await summary(['--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.io.stderr.join('\n')).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('a coordinator’s own file');
    const forced = await summary(['--out', out, '--force']);
    expect(forced.io.stderr.join('\n')).toContain(`書き出しました: ${out}`);
    expect(inspectZip(new Uint8Array(readFileSync(out))).ok).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails leaves what was there and no temporary file (the output name is a folder)', async () => {
    const out = join(dir, 'taken.xlsx');
    mkdirSync(out);
    writeFileSync(join(out, 'inside.txt'), 'keep');
    const { code, io } = await summary(['--out', out, '--force']);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toContain('書き込めませんでした');
    expect(readFileSync(join(out, 'inside.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
