import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES } from '../../src/core/messages/findings';
import { readSheet } from '../../src/core/validate';
import { OPTIONS, STANDARD_HEADER, row, sheet } from './helpers';

function codesAt(values: Parameters<typeof sheet>[1]): string[] {
  return readSheet(sheet('S', values), OPTIONS).findings.map((f) => `${f.code}@${f.cell ?? '-'}`);
}

describe('findings not covered by the sample files', () => {
  it('target.unreadable: a target with no value', () => {
    expect(codesAt([STANDARD_HEADER, row('1-1-ア', 'できるだけ多く', '%', '51.3%')])).toContain(
      'target.unreadable@S!D2',
    );
  });

  it('target.noDirection: 50% without 以上/以下 is a warning (judged higher-is-better)', () => {
    const findings = readSheet(sheet('S', [STANDARD_HEADER, row('1-1-ア', '50%', '%', '51.3%')]), OPTIONS).findings;
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['target.noDirection', 'warning', 'S!D2']]);
  });

  it('target.ambiguousRelative: 29年度実績値(32.4%)に比べて2.5%増 on a percentage (domain §3)', () => {
    expect(codesAt([STANDARD_HEADER, row('1-1-ア', '29年度実績値(32.4%)に比べて2.5%増', '%', '51.3%')])).toContain(
      'target.ambiguousRelative@S!D2',
    );
  });

  it('mark.unreadable and indicator codes', () => {
    expect(
      codesAt([
        ['区名', '指標番号', '目標値', '実績', '判定'],
        ['此花区', '3-1-ア', '50%以上', '51.3%', 'A'],
        ['此花区', '第一', '50%以上', '51.3%', 'まあまあ'],
      ]),
    ).toEqual(['indicator.unknown@S!B2', 'indicator.idUnreadable@S!B3', 'mark.unreadable@S!E3']);
  });

  it('column.duplicate and table.noRows', () => {
    expect(codesAt([['区名', '指標番号', '目標値', '実績', '27年度実績']])).toEqual([
      'column.duplicate@S!E1',
      'table.noRows@-',
    ]);
  });

  it('every code is documented in docs/findings.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'findings.md'), 'utf8');
    for (const code of FINDING_CODES) expect(doc).toContain(`## ${code}\n`);
  });
});
