import { fiscalYearLabel, readFiscalYear, toWareki } from '../../src/core/values';
import { isKuseiError, type KuseiError } from '../../src/core/result';

describe('fiscal years, era to western (domain §2)', () => {
  it.each([
    ['平成27年度', 2015, 'domain §2: 平成27年度 = FY2015'],
    ['H27年度', 2015, 'domain §2'],
    ['Ｈ２７年度', 2015, 'full-width'],
    ['H27', 2015, 'letter form'],
    ['27年度', 2015, 'domain §2: bare year in a 平成 document'],
    ['29年度', 2017, 'seed 001 大正区 "29年度(目標)"'],
    ['平成31年度', 2019, 'issue 2: 平成31年度 is also 2019'],
    ['令和元年度', 2019, 'issue 2: 2019 is 令和元年度'],
    ['令和6年度', 2024, 'domain §2 / seed 002 西区'],
    ['R6年度', 2024, 'domain §2'],
    ['R6', 2024, 'letter form'],
    ['R元年度', 2019, 'letter form of 元'],
    ['平成元年度', 1989, '元 is year 1'],
    ['2015', 2015, 'western text'],
    ['2015年度', 2015, 'western with 年度'],
    ['FY2015', 2015, 'western FY'],
    ['平成32年度', 2020, 'plans written before 2019 wrote 平成32年度 for FY2020'],
  ])('%s → %d (%s)', (text, year) => {
    expect(readFiscalYear(text)).toBe(year);
  });

  it('reads numbers: four digits western, one or two digits a bare year', () => {
    expect(readFiscalYear(2015)).toBe(2015);
    expect(readFiscalYear(27)).toBe(2015);
  });

  it('reads bare years in the context era when one is given (seed 002 西区 writes 6年度 in 令和)', () => {
    expect(readFiscalYear('6年度', '令和')).toBe(2024);
    expect(readFiscalYear('6年度', 2024)).toBe(2024);
    expect(readFiscalYear('29年度', 2015)).toBe(2017);
  });

  it.each([
    ['32年度', 'YEAR_UNREADABLE', 'bare year above 31 without a context era is not guessed'],
    ['平成', 'YEAR_UNREADABLE', 'no number'],
    ['来年度', 'YEAR_UNREADABLE', 'a word'],
    ['令和0年度', 'YEAR_OUT_OF_ERA', 'era years start at 1'],
    ['1800', 'YEAR_OUT_OF_RANGE', 'too early'],
  ])('%s is an error value %s (%s)', (text, code) => {
    const result = readFiscalYear(text);
    expect(isKuseiError(result)).toBe(true);
    expect((result as KuseiError).code).toBe(code);
  });

  it('refuses fractions, booleans and passes cell errors', () => {
    expect((readFiscalYear(2015.5) as KuseiError).code).toBe('YEAR_UNREADABLE');
    expect((readFiscalYear(true) as KuseiError).code).toBe('YEAR_UNREADABLE');
    expect((readFiscalYear({ cellError: '#N/A' }) as KuseiError).error).toBe('#N/A');
  });
});

describe('fiscal years, western to era (wareki)', () => {
  it.each([
    [2015, '平成27年度'],
    [2017, '平成29年度'],
    [2018, '平成30年度'],
    [2019, '令和元年度'],
    [2020, '令和2年度'],
    [2024, '令和6年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('%d → %s', (year, name) => {
    expect(toWareki(year)).toBe(name);
  });

  it('round-trips every year 1989–2060 through its name', () => {
    for (let year = 1989; year <= 2060; year++) {
      const name = toWareki(year);
      expect(typeof name).toBe('string');
      expect(readFiscalYear(name)).toBe(year);
    }
  });

  it('accepts a year as text and refuses what is not a year', () => {
    expect(toWareki('2019')).toBe('令和元年度');
    expect((toWareki(2015.5) as KuseiError).code).toBe('YEAR_OUT_OF_RANGE');
    expect((toWareki(1000) as KuseiError).code).toBe('YEAR_OUT_OF_RANGE');
    expect((toWareki('abc') as KuseiError).code).toBe('YEAR_UNREADABLE');
    expect((toWareki(null) as KuseiError).code).toBe('YEAR_UNREADABLE');
  });
});

describe('a fiscal year label, the one spelling reports, findings and the CLI print (domain §2)', () => {
  it.each([
    [2015, '平成27年度', 'domain §2: 平成27年度 = FY2015; seed 000 平成27年度'],
    [2016, '平成28年度', 'seeds: the FY2016 sheets title 平成28年度'],
    [2017, '平成29年度', 'seed 001 大正区: 29年度(目標)'],
    [2019, '令和元年度', 'the year the era changed, written 元'],
    [2024, '令和6年度', 'domain §2 / seed 002 西区 令和6年度'],
  ])('%d → %s (%s)', (year, label) => {
    expect(fiscalYearLabel(year)).toBe(label);
  });

  it('is the western year with 年度 when no era covers it, a year readFiscalYear reads back', () => {
    expect(fiscalYearLabel(1900)).toBe('1900年度');
    expect(fiscalYearLabel(2300)).toBe('2300年度');
  });
});
