import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/kusei';

function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

const dir = mkdtempSync(join(tmpdir(), 'kusei-plan-'));

describe('kusei plan (issue 16: a coordinator defines a plan in Excel)', () => {
  it('writes the FY2015–FY2017 policy as a 計画定義 workbook and reads it back as a usable plan', async () => {
    const out = join(dir, 'policy.xlsx');
    const write = bufferIo();
    expect(await main(['plan', '--template', out, '--from', 'fy2015-2017'], write)).toBe(0);
    expect(write.stdout.join('\n')).toContain('計画定義のテンプレートを書き出しました');

    const check = bufferIo();
    expect(await main(['plan', out], check)).toBe(0);
    expect(check.stdout.join('\n').split('\n')).toEqual([
      'policy.xlsx: 区政運営基本方針（平成27年度〜平成29年度）（fy2015-2017）',
      '  期間: 平成27年度（2015）〜平成29年度（2017）（3年）',
      '  判定ルール: kusei-2015（区政運営基本方針（平成27〜29年度）: 進捗率 ≥ k/n（0.1%切上げ））',
      '  対象区: 24区',
      '  指標: 17（区ごと 14、全市で1件 1、参考 2）',
    ]);
  });

  it("names the rule profile in the run's language (the names are in the message table)", async () => {
    const out = join(dir, 'policy-en.xlsx');
    expect(await main(['plan', '--template', out, '--from', 'fy2015-2017'], bufferIo())).toBe(0);
    const check = bufferIo();
    expect(await main(['plan', out, '--lang', 'en'], check)).toBe(0);
    expect(check.stdout.join('\n')).toContain(
      '  rule profile: kusei-2015 (ward policy (FY2015–FY2017): progress rate ≥ k/n (rounded up at 0.1%))',
    );
  });

  it('never writes over an existing file without --force', async () => {
    const out = join(dir, 'exists.xlsx');
    writeFileSync(out, 'mine');
    const io = bufferIo();
    expect(await main(['plan', '--template', out], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('--force');
  });

  it('a plan with mistakes: exit 1, each finding with its place, in English with --lang en', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'x',
        name: 'x',
        firstYear: '令和8年度',
        lastYear: '令和6年度',
        profile: '標準',
        wards: '全区',
        indicators: [{ id: '1', target: 'たくさん' }],
      }),
    );
    const io = bufferIo();
    expect(await main(['plan', file, '--lang', 'en'], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('broken.json: the plan definition has mistakes and cannot be used.');
    expect(text).toContain(
      'error (broken.json) The last fiscal year (令和6年度（2024）) is before the first (令和8年度（2026）)',
    );
    expect(text).toContain('Target "たくさん" cannot be read');
  });

  it('--json lists the plan and the findings', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'nishi-r6',
        name: '西区運営方針（令和6年度）',
        firstYear: 2024,
        lastYear: 2024,
        profile: 'ward-single-year',
        wards: ['西区'],
        indicators: [],
      }),
    );
    const io = bufferIo();
    expect(await main(['plan', file, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n')) as {
      plan: { profile: string; wards: string[] };
      findings: { code: string; severity: string }[];
    };
    expect(json.plan).toMatchObject({ profile: 'ward-single-year', wards: ['西区'] });
    expect(json.findings).toEqual([expect.objectContaining({ code: 'plan.noIndicators', severity: 'warning' })]);
  });

  it('a file that is not a plan: exit 2 with what to do', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ not json');
    const io = bufferIo();
    expect(await main(['plan', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('JSONとして読めません');
  });
});
