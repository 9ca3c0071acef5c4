import { readFileSync } from 'fs';
import { join } from 'path';
import { FY2015_CATALOGUE, findIndicator, loadCatalogue } from '../../src/core/catalogue';
import { status } from '../../src/core/rules';
import { readTarget } from '../../src/core/values';
import { isKuseiError, type KuseiError } from '../../src/core/result';

/** The FY2015 city data kept in the repository (a copy of the domain's fy2015_city.csv). */
function cityRows(): string[][] {
  const text = readFileSync(join(__dirname, '../../examples/fy2015_city.csv'), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

describe('FY2015–FY2017 catalogue (domain §6)', () => {
  it('has the 17 indicators, with the ids of fy2015_city.csv exactly', () => {
    const csvIds = [...new Set(cityRows().map((row) => row[1]))];
    expect(FY2015_CATALOGUE.indicators.map((i) => i.id)).toEqual(csvIds);
    expect(FY2015_CATALOGUE.indicators).toHaveLength(17);
    expect(csvIds).toContain('2-1-ア-③');
    expect(csvIds).toContain('2-3-ア-②');
  });

  it('has the plan period FY2015 + 3 years and the counting rules of R8 (seed 000 ※1 ※2)', () => {
    expect(FY2015_CATALOGUE).toMatchObject({ id: 'fy2015-2017', planStartYear: 2015, planYears: 3 });
    expect(findIndicator(FY2015_CATALOGUE, '1-3-ア')).toMatchObject({ scope: 'city', counting: 'counted' });
    expect(findIndicator(FY2015_CATALOGUE, '1-3-イ')).toMatchObject({ scope: 'ward', counting: 'reference' });
    expect(findIndicator(FY2015_CATALOGUE, '1-3-ウ')).toMatchObject({ scope: 'ward', counting: 'reference' });
    expect(findIndicator(FY2015_CATALOGUE, '2-3-ア-②')).toMatchObject({ target: 'H29年度までに3.5点以上', unit: '点' });
    const counted = FY2015_CATALOGUE.indicators.filter((i) => i.counting === 'counted');
    expect(counted).toHaveLength(15);
    expect(findIndicator(FY2015_CATALOGUE, '9-9-ア')).toBeUndefined();
  });

  it('every shipped target reads', () => {
    for (const indicator of FY2015_CATALOGUE.indicators) {
      expect(isKuseiError(readTarget(indicator.target))).toBe(false);
    }
  });

  it('R1+R2 over every FY2015 ward case give the published counts: 337 counted, 304 on track, 77 achieved, 33 behind (seed 000)', () => {
    const counts: Record<string, number> = {};
    for (const [ward, id, , target, , actual] of cityRows()) {
      const indicator = findIndicator(FY2015_CATALOGUE, id ?? '');
      expect(indicator).toBeDefined();
      if (indicator?.counting !== 'counted') continue;
      if (indicator.scope === 'city' && ward !== '全市') continue;
      const judged = status(actual, target, 1, 3);
      expect(isKuseiError(judged)).toBe(false);
      counts[judged as string] = (counts[judged as string] ?? 0) + 1;
    }
    expect(counts).toEqual({ 目標達成: 77, 概ね順調: 304 - 77, 必ずしも順調ではない: 33 });
  });
});

describe('loadCatalogue validates arbitrary JSON', () => {
  const valid = {
    id: 'nishi-r6',
    name: '西区運営方針（令和6年度）',
    planStartYear: 2024,
    planYears: 1,
    indicators: [
      { id: '1', name: '地域活動協議会の認知度', target: '48%以上', unit: '%', scope: 'ward', counting: 'counted' },
    ],
  };

  it('accepts another plan (seed 002 西区, 令和6年度)', () => {
    expect(loadCatalogue(valid)).toEqual(valid);
  });

  it('round-trips the shipped catalogue through JSON', () => {
    expect(loadCatalogue(JSON.parse(JSON.stringify(FY2015_CATALOGUE)))).toEqual(FY2015_CATALOGUE);
  });

  it.each([
    [null, '$'],
    [[], '$'],
    ['text', '$'],
    [{ ...valid, id: '' }, 'id'],
    [{ ...valid, name: 3 }, 'name'],
    [{ ...valid, planStartYear: 27 }, 'planStartYear'],
    [{ ...valid, planYears: 0 }, 'planYears'],
    [{ ...valid, indicators: [] }, 'indicators'],
    [{ ...valid, indicators: ['x'] }, 'indicators[0]'],
    [{ ...valid, indicators: [{ ...valid.indicators[0], scope: 'prefecture' }] }, 'indicators[0].scope'],
    [{ ...valid, indicators: [{ ...valid.indicators[0], counting: 'yes' }] }, 'indicators[0].counting'],
    [{ ...valid, indicators: [{ ...valid.indicators[0], target: 'よろしく' }] }, 'indicators[0].target'],
    [{ ...valid, indicators: [{ ...valid.indicators[0], unit: null }] }, 'indicators[0].unit'],
    [{ ...valid, indicators: [valid.indicators[0], valid.indicators[0]] }, 'indicators[1].id'],
  ])('rejects %p at %s with an error value', (json, path) => {
    const result = loadCatalogue(json);
    expect(isKuseiError(result)).toBe(true);
    expect((result as KuseiError).code).toBe('CATALOGUE_INVALID');
    expect((result as KuseiError).params?.path).toBe(path);
    expect((result as KuseiError).message).toContain(path);
  });
});
