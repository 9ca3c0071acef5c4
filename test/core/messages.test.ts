import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { MESSAGES, VALUE_MESSAGES, errorMessageEn, kuseiError, renderMessage } from '../../src/core/messages';
import { progress, status } from '../../src/core/rules';
import { readTarget } from '../../src/core/values';
import type { KuseiError } from '../../src/core/result';

const SOURCE_DIRS = ['values', 'rules', 'catalogue'].map((dir) => join(__dirname, '../../src/core', dir));

/** Every code the values/rules/catalogue code can report, found in its source. */
function codesInSource(): string[] {
  const codes = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const match of text.matchAll(/kuseiError\(\s*'[^']+',\s*'([A-Z_]+)'/g)) codes.add(match[1] ?? '');
      for (const match of text.matchAll(/code: '([A-Z_]+)'/g)) codes.add(match[1] ?? '');
    }
  }
  return [...codes].sort();
}

describe('the message table (one table, ja + en, what to write instead)', () => {
  it('has a Japanese and an English message for every code the rules engine reports', () => {
    const codes = codesInSource();
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      expect(MESSAGES[code]).toBeDefined();
      expect(MESSAGES[code]?.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
      // English sentences (they may quote Japanese examples such as 3.5点).
      expect(MESSAGES[code]?.en).toMatch(/^[A-Z"{]/);
    }
  });

  it('every value message uses the same placeholders in both languages (English may add *En variants)', () => {
    for (const [code, { ja, en }] of Object.entries(VALUE_MESSAGES)) {
      const names = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? '').replace(/En$/, '')).sort();
      expect({ code, names: [...new Set(names(en))] }).toEqual({ code, names: [...new Set(names(ja))] });
    }
  });

  it('fills params, and the error values of real cases leave no placeholder unfilled', () => {
    expect(renderMessage('VALUE_UNREADABLE', { text: '約50%' })).toContain('「約50%」');
    expect(renderMessage('NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
    const errors = [
      progress('約50%', '50%以上'),
      progress('7件', '3.5点以上'),
      progress('3件', '0件以上'),
      progress('15,914千円', '前年度以上'),
      status('20%', '50%以上', 4, 3),
      readTarget('受検率100% かつ 理解度全員95点以上'),
      kuseiError('#VALUE!', 'CATALOGUE_INVALID', { path: 'id', problem: '空です', problemEn: 'empty' }),
    ] as KuseiError[];
    for (const err of errors) {
      expect(err.message).not.toMatch(/\{\w+\}/);
      expect(errorMessageEn(err)).not.toMatch(/\{\w+\}/);
    }
  });

  it('warnings of readings render in both languages', () => {
    const read = readTarget('28年度(32%)に比べて5%増');
    if ('error' in read) throw new Error(read.message);
    const [warning] = read.warnings;
    expect(warning?.code).toBe('TARGET_AMBIGUOUS_INCREASE');
    const ja = renderMessage(warning?.code ?? '', warning?.params);
    expect(ja).toContain('ポイント差');
    expect(ja).toContain('37%以上');
    expect(renderMessage(warning?.code ?? '', warning?.params, 'en')).toContain('percentage points');
  });
});
