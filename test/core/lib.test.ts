import * as lib from '../../src/lib';

describe('the library entry (issue 2: function-level API with exact names and argument orders)', () => {
  it.each(['progress', 'status', 'grade', 'withdrawal', 'threshold', 'fy', 'wareki', 'value', 'target', 'explain'])(
    'exports %s as a function',
    (name) => {
      expect(typeof (lib as Record<string, unknown>)[name]).toBe('function');
    },
  );

  it('exports the lower-level readers and the catalogue', () => {
    expect(typeof lib.readQuantity).toBe('function');
    expect(typeof lib.readTarget).toBe('function');
    expect(typeof lib.isNotMeasured).toBe('function');
    expect(typeof lib.loadCatalogue).toBe('function');
    expect(lib.FY2015_CATALOGUE.indicators).toHaveLength(17);
  });

  it('answers the issue 2 done-check and the documented examples', () => {
    expect(lib.status('20.8%', 'H29年度までに50%以上', 1, 3)).toBe('概ね順調');
    expect(lib.progress('20.8%', 'H29年度までに50%以上')).toBe(0.416);
    expect(lib.grade('41.2%', '48%以上')).toBe('B');
    expect(lib.withdrawal('709件', '1000件以上', '600件未満の場合は事業を再構築する')).toBe('目標未達成');
    expect(lib.threshold(1, 3)).toBe(0.334);
    expect(lib.fy('平成27年度')).toBe(2015);
    expect(lib.wareki(2024)).toBe('令和6年度');
    expect(lib.wareki(2019)).toBe('令和元年度');
    expect(lib.value('５１．３％')).toBe(0.513);
    expect(lib.target('H29年度までに50%以上')).toMatchObject({
      value: 0.5,
      unit: '%',
      direction: 'higher',
      targetYear: 2017,
    });
    expect(lib.explain('20.8%', 'H29年度までに50%以上', 1, 3)).toBe(
      '20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調',
    );
  });

  it('returns error values for bad input, with Excel error kinds', () => {
    expect(lib.progress('3件', '0件以上')).toMatchObject({ error: '#DIV/0!', code: 'TARGET_ZERO' });
    expect(lib.value('abc')).toMatchObject({ error: '#VALUE!', code: 'VALUE_UNREADABLE' });
    expect(lib.fy('来年度')).toMatchObject({ error: '#VALUE!', code: 'YEAR_UNREADABLE' });
    expect(lib.threshold(4, 3)).toMatchObject({ error: '#NUM!', code: 'PERIOD_INVALID' });
  });
});
