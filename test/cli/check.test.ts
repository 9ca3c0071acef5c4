import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/kusei';
import type { Io } from '../../src/cli/io';
import { fixtures, FIXTURES_DIR } from '../layouts/fixtures';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

const FINDING_KEYS = ['code', 'severity', 'sheet', 'cell', 'row', 'field', 'text', 'message'];
const FILE_KEYS = ['file', 'layout', 'records', 'valid', 'findings'];

describe('kusei check, end to end', () => {
  it('check test/fixtures/*.xlsx --json reports every fixture as its expectation says, exit 1', () => {
    const xlsx = fixtures(/\.xlsx$/);
    const result = spawnSync(
      TSX,
      ['src/cli/kusei.ts', 'check', ...xlsx.map((f) => join('test', 'fixtures', f.name)), '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as { files: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['files']);
    expect(json.files).toHaveLength(xlsx.length);
    json.files.forEach((file, index) => {
      const fixture = xlsx[index];
      if (!fixture) throw new Error('fixture missing');
      expect(Object.keys(file)).toEqual(FILE_KEYS);
      expect(file.file).toBe(join('test', 'fixtures', fixture.name));
      expect(file.layout).toBe(fixture.expected.layout);
      // Issue 12 §6: --json lists the judged rows it read (one per row, so not the case count).
      expect(Array.isArray(file.records)).toBe(true);
      expect(file.valid).toBe(fixture.expected.valid);
      const findings = file.findings as Record<string, unknown>[];
      for (const finding of findings) expect(Object.keys(finding)).toEqual(FINDING_KEYS);
      for (const want of fixture.expected.findings) {
        expect(findings.map((f) => ({ code: f.code, cell: f.cell }))).toContainEqual(want);
      }
    });
  });

  it('exits 0 when no file has an error finding', async () => {
    const io = bufferIo();
    const code = await main(['check', join(FIXTURES_DIR, 'nishi.xlsx'), join(FIXTURES_DIR, 'fy2015_city.csv')], io);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toContain('エラーなし2');
  });

  it('exits 2 when a file cannot be read, and still checks and reports the others', async () => {
    const io = bufferIo();
    const code = await main(
      [
        'check',
        join(FIXTURES_DIR, 'missing.xlsx'),
        join(FIXTURES_DIR, 'fukushima.expected.json'),
        join(FIXTURES_DIR, 'nishi.xlsx'),
        '--json',
      ],
      io,
    );
    expect(code).toBe(2);
    const json = JSON.parse(io.stdout.join('\n')) as {
      files: { file: string; valid: boolean; records: unknown[]; findings: { code: string }[] }[];
    };
    expect(json.files.map((f) => f.findings[0]?.code ?? 'none')).toEqual(['FILE_NOT_FOUND', 'FILE_NOT_XLSX', 'none']);
    expect(json.files[2]).toMatchObject({ valid: true });
    // Issue 12 §6: the rows read are listed, one per judged row.
    expect(json.files[2]?.records.length).toBeGreaterThan(0);
  });

  it('--lang en gives the English messages', async () => {
    const io = bufferIo();
    const code = await main(['check', join(FIXTURES_DIR, 'error.unit-mismatch.xlsx'), '--lang', 'en'], io);
    expect(code).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('区別!F17 [value.unitMismatch] The actual is in 件 but the target is in 点');
  });

  it('usage errors exit 2 with the usage text', async () => {
    const io = bufferIo();
    expect(await main(['check'], io)).toBe(2);
    expect(await main(['check', '--colour', 'x.xlsx'], io)).toBe(2);
    expect(await main(['nonsense'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('不明なコマンド nonsense です。');
  });
});
