import { planPeriodFor } from '../../src/functions/period';
import { resetFunctionSettings, setFunctionSettings } from '../../src/functions/settings';
import { KUSEI } from '../../src/functions/functions';
import { wrapperOf } from '../../src/functions/broadcast';
import { FUNCTIONS } from '../../src/functions/table';
import { cell, column, errorOf, isError, OMITTED } from './excel';

/**
 * KUSEI.STATUS and KUSEI.EXPLAIN and the plan period (issue 14 §4). Figures: seed 000 ※3 — FY2015 is
 * year 1 of the FY2015–2017 plan, threshold 33.4%; 20.8% against H29年度までに50%以上 is 41.6%,
 * published as 概ね順調.
 */
const TARGET = 'H29年度までに50%以上';

afterEach(() => resetFunctionSettings());

describe('year and years omitted on a target that names a target year', () => {
  it('is #N/A asking for 何年目 and 年数, not 必ずしも順調ではない (read as 1 of 1)', () => {
    const [[result]] = KUSEI.status(cell('20.8%'), cell(TARGET), OMITTED, OMITTED) as [[unknown]];
    expect(errorOf(result).code).toBe('#N/A');
    expect(errorOf(result).message).toContain('何年目');
    expect(errorOf(result).message).toContain('年数');
    expect(errorOf(result).message).toContain('平成29年度');
  });

  it('in English Excel the message is English', () => {
    const status = FUNCTIONS.find((fn) => fn.id === 'STATUS') ?? FUNCTIONS[0];
    const [[result]] = wrapperOf(status, () => 'en')(cell('20.8%'), cell(TARGET), null, null) as [[unknown]];
    expect(errorOf(result).message).toMatch(/FY2017.*year/);
  });

  it('EXPLAIN answers the same way', () => {
    expect(isError(KUSEI.explain(cell('20.8%'), cell(TARGET), OMITTED, OMITTED)[0]?.[0], '#N/A')).toBe(true);
  });

  it('uses the workbook plan period when the pane has set one: year 1 of 3 → 概ね順調', () => {
    setFunctionSettings({ planPeriod: { year: 1, years: 3 } });
    expect(KUSEI.status(column('20.8%', '15.6%'), cell(TARGET), OMITTED, OMITTED)).toEqual([
      ['概ね順調'],
      ['必ずしも順調ではない'], // 都島区 31.2% < 33.4% (seed 000)
    ]);
    expect(KUSEI.explain(cell('20.8%'), cell(TARGET), OMITTED, OMITTED)).toEqual([
      ['20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調'],
    ]);
  });

  it('year and years written in the formula win over the plan period', () => {
    setFunctionSettings({ planPeriod: { year: 1, years: 3 } });
    // 40% against 50%以上 is 80%: year 3 of 3 needs 100% (R2).
    expect(KUSEI.status(cell('40%'), cell(TARGET), cell(3), cell(3))).toEqual([['必ずしも順調ではない']]);
  });

  it('a target without a target year keeps meaning 1 of 1 (old behaviour)', () => {
    expect(KUSEI.status(cell('20.8%'), cell('50%以上'), OMITTED, OMITTED)).toEqual([['必ずしも順調ではない']]);
  });
});

describe('years that look like fiscal years where 1–10 is expected', () => {
  it('2015 or 27 (平成27年度) as the year is #NUM!, in every cell that uses it', () => {
    for (const year of [2015, 27, '２７']) {
      const result = KUSEI.status(column('20.8%', '51.3%'), cell(TARGET), cell(year), cell(3));
      expect(result.every(([c]) => isError(c, '#NUM!'))).toBe(true);
    }
    expect(isError(KUSEI.status(cell('20.8%'), cell(TARGET), cell(1), cell(2017))[0]?.[0], '#NUM!')).toBe(true);
  });

  it('the error says the number looks like a fiscal year (Excel shows no message with #NUM!, the value keeps it)', () => {
    const error = planPeriodFor(TARGET, 2015, 3);
    expect(error).toMatchObject({ error: '#NUM!', code: 'PERIOD_LOOKS_LIKE_FISCAL_YEAR' });
    expect('message' in error ? error.message : '').toContain('2015 は年度のようです');
  });

  it('10 years is still a plan; 1 of 3 passes through unchanged', () => {
    expect(planPeriodFor(TARGET, 10, 10)).toEqual({ year: 10, years: 10 });
    expect(planPeriodFor(TARGET, 1, 3)).toEqual({ year: 1, years: 3 });
  });
});
