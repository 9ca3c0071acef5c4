import { KUSEI } from '../../src/functions/functions';
import { cell, column, errorOf, isError, OMITTED } from './excel';

// Every function through its custom-function wrapper, as Excel calls it: matrices in, matrices
// out, null for omitted optional arguments. Figures are the seeds' (domain README §4).

describe('KUSEI.PROGRESS', () => {
  it('R1: 20.8% against 50% is 41.6% (seed 000 ※3)', () => {
    expect(KUSEI.progress(cell('20.8%'), cell('H29年度までに50%以上'), OMITTED, OMITTED)).toEqual([[0.416]]);
  });
  it('R1: 3点 against 3.5点 is 85.7%; 都島区 15.6% against 50% is 31.2% (seed 000)', () => {
    expect(
      KUSEI.progress(column('3点', '15.6%'), column('3.5点以上', 'H29年度までに50%以上'), OMITTED, OMITTED),
    ).toEqual([[0.857], [0.312]]);
  });
  it('R1 lower-is-better with a baseline: (baseline − actual) ÷ (baseline − target)', () => {
    // 28年度 6件 → 目標 5件 (10%減): 5.5件 covers half the distance.
    expect(KUSEI.progress(cell('5.5件'), cell('28年度件数(6件)から10%減(5件)'), OMITTED, OMITTED)).toEqual([[0.5]]);
  });
  it('a zero target gives #DIV/0! without a message (Excel shows none for it)', () => {
    const result = KUSEI.progress(cell(5), cell('0件以上'), OMITTED, OMITTED)[0]?.[0];
    expect(errorOf(result).code).toBe('#DIV/0!');
    expect(errorOf(result).message).toBeUndefined();
  });
  it('an unreadable actual gives #VALUE! with a Japanese message saying what to write', () => {
    const result = KUSEI.progress(cell('たくさん'), cell('50%以上'), OMITTED, OMITTED)[0]?.[0];
    expect(errorOf(result).code).toBe('#VALUE!');
    expect(errorOf(result).message).toContain('たくさん');
    expect(errorOf(result).message).toContain('51.3%');
  });
});

describe('KUSEI.STATUS', () => {
  it('R2: FY2015 is year 1 of 3, threshold 33.4% (seed 000 ※3)', () => {
    const actuals = column('20.8%', '16.7%', '15.6%', '51.3%', '未測定', '');
    expect(KUSEI.status(actuals, cell('H29年度までに50%以上'), cell(1), cell(3))).toEqual([
      ['概ね順調'],
      ['概ね順調'], // 16.7% ÷ 50% = 33.4% after rounding: on track
      ['必ずしも順調ではない'],
      ['目標達成'],
      ['未測定'], // R7
      ['未測定'], // R7: an empty cell
    ]);
  });
  it('year and years omitted (null) mean 1 of 1: only meeting the target is on track', () => {
    expect(KUSEI.status(column('20.8%', '50%'), cell('50%以上'), OMITTED, OMITTED)).toEqual([
      ['必ずしも順調ではない'],
      ['目標達成'],
    ]);
  });
  it('full-width and percent-formatted cells read as the document writes them (domain §3)', () => {
    expect(KUSEI.status(column('２０．８％', 0.208), cell('H29年度までに50%以上'), cell('１'), cell(3))).toEqual([
      ['概ね順調'],
      ['概ね順調'],
    ]);
  });
  it('year 4 of a 3-year period is #NUM!, in every cell that uses it', () => {
    const result = KUSEI.status(column('20.8%', '30%'), cell('50%以上'), cell(4), cell(3));
    expect(result).toHaveLength(2);
    expect(result.every(([c]) => isError(c, '#NUM!'))).toBe(true);
  });
});

describe('KUSEI.GRADE', () => {
  it('R3: 41.2% against 48%以上 is B; 7団体 against 3団体以上 is A; 42.1% against 40%以上 is A (seed 002)', () => {
    expect(KUSEI.grade(column('41.2%', '7団体', '42.1%'), column('48%以上', '3団体以上', '40%以上'))).toEqual([
      ['B'],
      ['A'],
      ['A'],
    ]);
  });
  it('福島区 24.7% against 平成27年度までに60%以上 is B (seed 004)', () => {
    expect(KUSEI.grade(cell('24.7%'), cell('平成27年度までに60%以上'))).toEqual([['B']]);
  });
});

describe('KUSEI.WITHDRAWAL', () => {
  it('R4: 709件 against 1,000件 with "under 600 → rebuild" is 目標未達成; 33% against 70% with "under 50%" is 撤退基準未達成 (seed 004)', () => {
    expect(
      KUSEI.withdrawal(column(709, '33%'), column('1,000件以上', '70%以上'), column('600件未満', '50%未満')),
    ).toEqual([['目標未達成'], ['撤退基準未達成']]);
  });
  it('meeting the target is 目標達成', () => {
    expect(KUSEI.withdrawal(cell('1,200件'), cell('1,000件以上'), cell('600件未満'))).toEqual([['目標達成']]);
  });
});

describe('KUSEI.THRESHOLD', () => {
  it('R2: 1/3 → 33.4%, 2/3 → 66.7%, 3/3 → 100% (rounded up at 0.1%)', () => {
    expect(KUSEI.threshold([[1, 2, 3]], cell(3))).toEqual([[0.334, 0.667, 1]]);
  });
  it('year 0 is #NUM!', () => {
    expect(isError(KUSEI.threshold(cell(0), cell(3))[0]?.[0], '#NUM!')).toBe(true);
  });
});

describe('KUSEI.FISCALYEAR and KUSEI.WAREKI', () => {
  it('平成27年度, H27年度 and a bare 27年度 are FY2015 (domain §2)', () => {
    expect(KUSEI.fiscalyear([['平成27年度', 'H27年度', '27年度', '令和元年度']])).toEqual([[2015, 2015, 2015, 2019]]);
  });
  it('2019 is 令和元年度, 2024 is 令和6年度, 2015 is 平成27年度', () => {
    expect(KUSEI.wareki(column(2019, 2024, 2015))).toEqual([['令和元年度'], ['令和6年度'], ['平成27年度']]);
  });
  it('text that is not a year is #VALUE! in its own cell', () => {
    const [[good, bad]] = KUSEI.fiscalyear([['H29年度', '来年']]) as [[unknown, unknown]];
    expect(good).toBe(2017);
    expect(errorOf(bad).message).toContain('来年');
  });
});

describe('KUSEI.NUMBER', () => {
  it('reads the numbers the documents write (domain §3)', () => {
    expect(KUSEI.number(column('５１．３％', '15,914千円', '△5', '709件', 0.513))).toEqual([
      [0.513],
      [15914],
      [-5],
      [709],
      [0.513],
    ]);
  });
  it('never a silent zero: unreadable text is #VALUE!', () => {
    expect(errorOf(KUSEI.number(cell('約半分'))[0]?.[0]).code).toBe('#VALUE!');
  });
});

describe('KUSEI.TARGET', () => {
  it('spills one row per target: value, unit, direction, target year, baseline', () => {
    expect(
      KUSEI.target(column('H29年度までに50%以上', '3.5点以上', '28年度件数(6件)から10%減(5件)', '前年度以上')),
    ).toEqual([
      [0.5, '%', '以上', 2017, ''],
      [3.5, '点', '以上', '', ''],
      [5, '件', '以下', '', 6],
      ['', '', '以上', '', '前年度'],
    ]);
  });
  it('an empty target gives #N/A across its own row only', () => {
    const [good, bad] = KUSEI.target(column('50%以上', '')) as [unknown[], unknown[]];
    expect(good).toEqual([0.5, '%', '以上', '', '']);
    expect(bad).toHaveLength(5);
    expect(bad.every((c) => isError(c, '#N/A'))).toBe(true);
  });
});

describe('KUSEI.EXPLAIN', () => {
  it('shows the working: 20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調 (issue 3)', () => {
    expect(KUSEI.explain(cell('20.8%'), cell('H29年度までに50%以上'), cell(1), cell(3))).toEqual([
      ['20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調'],
    ]);
  });
  it('agrees with STATUS on a behind case', () => {
    const [[sentence]] = KUSEI.explain(cell('15.6%'), cell('50%以上'), cell(1), cell(3)) as [[string]];
    expect(sentence.endsWith('必ずしも順調ではない')).toBe(true);
    expect(sentence).toContain('31.2%');
  });
});
