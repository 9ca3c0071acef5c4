import { join } from 'path';
import { MESSAGES, errorMessageEn as fullErrorMessageEn, kuseiError as fullKuseiError } from '../../src/core/messages';
import {
  VALUE_ERROR_MESSAGES,
  errorMessageEn,
  isValueErrorCode,
  kuseiError,
  renderMessage,
} from '../../src/core/messages/value-errors';
import { reachableFrom, SRC } from '../support/runtime-imports';

describe('the values-and-functions view of the message table (issue 10: functions.js ≤ 25 KB gzip)', () => {
  it('holds the very entries of the one table, not copies', () => {
    const codes = Object.keys(VALUE_ERROR_MESSAGES) as (keyof typeof VALUE_ERROR_MESSAGES)[];
    expect(codes.length).toBeGreaterThan(60);
    for (const code of codes)
      expect({ code, same: MESSAGES[code] === VALUE_ERROR_MESSAGES[code] }).toEqual({ code, same: true });
  });

  it('builds the same error values and English messages as the full table', () => {
    // Domain §3: an empty actual is #N/A; an unreadable one #VALUE! quoting what was written.
    expect(kuseiError('#N/A', 'VALUE_EMPTY')).toEqual(fullKuseiError('#N/A', 'VALUE_EMPTY'));
    const unreadable = kuseiError('#VALUE!', 'VALUE_UNREADABLE', { text: '約50%' });
    expect(unreadable).toEqual(fullKuseiError('#VALUE!', 'VALUE_UNREADABLE', { text: '約50%' }));
    expect(unreadable.message).toContain('「約50%」');
    expect(errorMessageEn(unreadable)).toBe(fullErrorMessageEn(unreadable));
    expect(renderMessage('VALUE_UNREADABLE', { text: 'x' }, 'en')).toBe(
      fullErrorMessageEn(kuseiError('#VALUE!', 'VALUE_UNREADABLE', { text: 'x' })),
    );
    // @ts-expect-error VALUE_EMPTY is #N/A in the table, so #NUM! does not type-check here either.
    expect(kuseiError('#NUM!', 'VALUE_EMPTY').code).toBe('VALUE_EMPTY');
  });

  it('knows only the codes a formula can show', () => {
    expect(isValueErrorCode('TARGET_ZERO')).toBe(true);
    expect(isValueErrorCode('SUMMARY_EMPTY')).toBe(true);
    expect(isValueErrorCode('layout.unknown')).toBe(false);
    // A range-shape error names the parameter, so the names are in the view; the tooltip texts are
    // read only by the build (function-metadata.json) and stay out of functions.js.
    expect(isValueErrorCode('FN_NAME_ACTUAL')).toBe(true);
    expect(isValueErrorCode('FN_STATUS')).toBe(false);
    expect(isValueErrorCode('FN_PARAM_ACTUAL')).toBe(false);
    expect(MESSAGES.FN_STATUS.ja).toMatch(/状況/);
    expect(isValueErrorCode('toString')).toBe(false);
  });

  it('is what the custom functions reach: the full table (index.ts) stays out of functions.js', () => {
    const reached = reachableFrom(join(SRC, 'functions/functions.ts'));
    expect(reached.has('core/messages/value-errors.ts')).toBe(true);
    expect(reached.has('core/messages/index.ts')).toBe(false);
    expect([...reached].filter((name) => name.startsWith('core/messages/')).sort()).toEqual([
      'core/messages/catalogue.json',
      'core/messages/catalogue.ts',
      'core/messages/explain.json',
      'core/messages/explain.ts',
      'core/messages/functions.json',
      'core/messages/functions.ts',
      'core/messages/profile.json',
      'core/messages/profile.ts',
      'core/messages/table.ts',
      'core/messages/table2.json',
      'core/messages/table2.ts',
      'core/messages/value-errors.ts',
      'core/messages/values.json',
      'core/messages/values.ts',
    ]);
  });
});
