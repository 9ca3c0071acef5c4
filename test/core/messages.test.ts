import {
  MESSAGES,
  errorMessageEn,
  isMessageCode,
  kuseiError,
  renderMessage,
  type MessageCode,
  type MessageText,
} from '../../src/core/messages';
import { ALL_FINDING_MESSAGES } from '../../src/core/messages/finding-codes';
import { isValueErrorCode } from '../../src/core/messages/value-errors';
import { progress, status } from '../../src/core/rules';
import { readTarget } from '../../src/core/values';
import type { KuseiError } from '../../src/core/result';

const ENTRIES = Object.entries(MESSAGES) as [MessageCode, MessageText][];

/** Placeholder names of a template; English may use an *En variant of a Japanese param (fieldEn for field). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? '').replace(/En$/, '')))].sort();
}

/**
 * Codes whose two languages take different params on purpose, each passed both by its caller:
 * a year as 和暦 in Japanese and as FY2017 in English; a share as 約3割 in Japanese and as 31% in English.
 */
const LANGUAGE_SPECIFIC_PARAMS: Partial<Record<MessageCode, { ja: string[]; en: string[] }>> = {
  PERIOD_NEEDED: { ja: ['target', 'targetYear'], en: ['fiscalYear', 'target'] },
  'report.share': { ja: ['tenths'], en: ['percent'] },
};

describe('the message table (one table, ja + en, what to write instead)', () => {
  it('has a Japanese and an English message for every code (MessageCode is exactly its keys; a format line may be only full-width punctuation)', () => {
    expect(ENTRIES.length).toBeGreaterThan(100);
    for (const [code, entry] of ENTRIES) {
      expect({ code, ja: /[ぁ-んァ-ン一-龯（）「」、。]/.test(entry.ja) }).toEqual({ code, ja: true });
      // English sentences (they may quote Japanese examples such as 3.5点, or start with a placeholder).
      expect({ code, en: entry.en.trim().length > 0 && !/^[ぁ-んァ-ン一-龯]/.test(entry.en) }).toEqual({
        code,
        en: true,
      });
    }
  });

  it('every message uses the same placeholders in both languages', () => {
    for (const [code, { ja, en }] of ENTRIES) {
      const specific = LANGUAGE_SPECIFIC_PARAMS[code];
      if (specific) expect({ ja: placeholders(ja), en: placeholders(en) }).toEqual(specific);
      else expect({ code, names: placeholders(en) }).toEqual({ code, names: placeholders(ja) });
    }
  });

  it('gives findings a severity and error values an Excel error from the four a cell can show', () => {
    for (const [code, entry] of ENTRIES) {
      if (entry.severity !== undefined)
        expect({ code, severity: ['error', 'warning', 'info'].includes(entry.severity) }).toEqual({
          code,
          severity: true,
        });
      if (entry.excel !== undefined)
        expect({ code, excel: ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'].includes(entry.excel) }).toEqual({
          code,
          excel: true,
        });
    }
    // Hand-checked against domain §3/§4: an empty actual is #N/A (nothing to judge), a zero target #DIV/0!.
    expect(MESSAGES.VALUE_EMPTY.excel).toBe('#N/A');
    expect(MESSAGES.TARGET_ZERO.excel).toBe('#DIV/0!');
    expect(MESSAGES['layout.unknown'].severity).toBe('error');
  });

  it('reads its JSON parts as written: only ja, en, severity and excel, a severity on every finding and on nothing else', () => {
    const findingCodes = new Set(Object.keys(ALL_FINDING_MESSAGES));
    expect(findingCodes.size).toBeGreaterThan(60);
    for (const [code, entry] of ENTRIES) {
      // A misspelt field ("jp", "severty") would otherwise be read as a missing one.
      expect({
        code,
        keys: Object.keys(entry).filter((key) => !['ja', 'en', 'severity', 'excel'].includes(key)),
      }).toEqual({
        code,
        keys: [],
      });
      expect({ code, hasSeverity: entry.severity !== undefined }).toEqual({
        code,
        hasSeverity: findingCodes.has(code),
      });
    }
    // Hand-checked against domain §5 and R7: a hidden sheet is a warning, an empty one only information.
    expect(ALL_FINDING_MESSAGES['sheet.hidden'].severity).toBe('warning');
    expect(ALL_FINDING_MESSAGES['sheet.empty'].severity).toBe('info');
    expect(ALL_FINDING_MESSAGES['plan.fieldMissing'].severity).toBe('error');
    expect(ALL_FINDING_MESSAGES['form.stageMissing'].severity).toBe('warning');
  });

  it('types codes by the JSON keys: a code not in the table does not type-check', () => {
    // Never called: what is checked is that it does not compile.
    const wrong = (): string =>
      // @ts-expect-error no such code in any part of the table.
      renderMessage('report.noSuchHeading');
    expect(typeof wrong).toBe('function');
    const right: MessageCode = 'report.title';
    expect(renderMessage(right, { catalogue: '区政運営基本方針', year: '平成27年度' })).toBe(
      '区政運営基本方針　平成27年度の進捗状況（全区集計）',
    );
  });

  it("has one set of codes for Table 2's heads (seed 000 表2), in the functions' view too (KUSEI.SUMMARY writes them)", () => {
    expect(
      (['table2.cases', 'table2.onTrack', 'table2.achieved', 'table2.behind'] as const).map((c) => MESSAGES[c].ja),
    ).toEqual(['件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない']);
    expect(renderMessage('table2.achieved', {}, 'en')).toBe('of which achieved');
    expect(isValueErrorCode('table2.total')).toBe(true);
    // No other part says a head again; only the status words (report.status.*, a case's status, not a
    // column) share its text.
    const sameWords = ENTRIES.filter(
      ([code, entry]) =>
        !code.startsWith('table2.') &&
        ENTRIES.some(([other, head]) => other.startsWith('table2.') && head.ja === entry.ja && head.en === entry.en),
    ).map(([code]) => code);
    expect(sameWords.sort()).toEqual([
      'report.status.必ずしも順調ではない',
      'report.status.未測定',
      'report.status.概ね順調',
    ]);
  });

  it('lets an error value carry only the Excel error its code has in the table', () => {
    expect(kuseiError('#N/A', 'VALUE_EMPTY').error).toBe('#N/A');
    // @ts-expect-error VALUE_EMPTY is #N/A in the table, so #NUM! does not type-check.
    expect(kuseiError('#NUM!', 'VALUE_EMPTY').code).toBe('VALUE_EMPTY');
  });

  it('knows its own codes only', () => {
    expect(isMessageCode('VALUE_UNREADABLE')).toBe(true);
    expect(isMessageCode('NO_SUCH_CODE')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
  });

  it('fills params, and the error values of real cases leave no placeholder unfilled', () => {
    expect(renderMessage('VALUE_UNREADABLE', { text: '約50%' })).toContain('「約50%」');
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
    const code = warning?.code ?? '';
    if (!isMessageCode(code)) throw new Error(`not in the table: ${code}`);
    const ja = renderMessage(code, warning?.params);
    expect(ja).toContain('ポイント差');
    expect(ja).toContain('37%以上');
    expect(renderMessage(code, warning?.params, 'en')).toContain('percentage points');
  });
});
