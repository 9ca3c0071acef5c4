import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/kusei';

/** `kusei check --plan FILE` (issue 16): the plan's findings like a file's; a plan with errors checks nothing. */
function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

const ROOT = join(__dirname, '..', '..');
const PLAN_FIXTURES = join(ROOT, 'test', 'fixtures', 'plan');
const dir = mkdtempSync(join(tmpdir(), 'kusei-check-plan-'));

describe('kusei check --plan', () => {
  it('checks a ward’s 令和6年度 運営方針 under the single-year ward plan without error (seed 002)', async () => {
    const io = bufferIo();
    const exit = await main(
      ['check', '--plan', join(PLAN_FIXTURES, 'ward-plan-r6.json'), join(PLAN_FIXTURES, '西区-R6運営方針.xlsx')],
      io,
    );
    expect(exit).toBe(0);
    expect(io.stdout.join('\n')).toContain('エラー0件');
    // The plan's own finding (no shared indicator: fine for a ward plan) is reported like a file's.
    expect(io.stderr.join('\n')).toContain('指標が1つもありません');
  });

  it('checks a ward of the FY2015 policy under the same plan read from a 計画定義 workbook', async () => {
    const planFile = join(dir, 'policy.xlsx');
    expect(await main(['plan', '--template', planFile, '--from', 'fy2015-2017'], bufferIo())).toBe(0);
    const io = bufferIo();
    expect(await main(['check', '--plan', planFile, join(ROOT, 'examples', 'wards', '北区.xlsx')], io)).toBe(0);
  });

  it('a plan whose last year comes before its first: its finding, exit 2, no file checked', async () => {
    const planFile = join(dir, 'reversed.json');
    writeFileSync(
      planFile,
      JSON.stringify({ id: 'bad', name: '逆順', firstYear: '令和8年度', lastYear: '令和6年度', profile: '標準' }),
    );
    const io = bufferIo();
    expect(await main(['check', '--plan', planFile, join(PLAN_FIXTURES, '西区-R6運営方針.xlsx')], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain('エラー');
  });
});
