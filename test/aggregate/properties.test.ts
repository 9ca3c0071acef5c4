import fc from 'fast-check';
import { aggregate, FY2015_CATALOGUE } from '../../src/core';
import type { CaseRecord, ImplementationStatus } from '../../src/core/record';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

/**
 * Invariants of the counting rules over arbitrary sets of records (any wards, indicators, actuals,
 * duplicates, gaps): the tables always add up, and nothing throws.
 */
const WARDS = ['北区', '都島区', '福島区', '全市', '', '不明区'];
const IDS = [...FY2015_CATALOGUE.indicators.map((i) => i.id), '9-9-ア'];
const ACTUALS = ['30.4%', '15.6%', '56.4%', '０件', '2件', '3.6点', '構築済', '未測定', '－', 'たくさん', '', '120%'];
const IMPLEMENTATIONS: (ImplementationStatus | null)[] = ['full', 'partial', 'done', 'notDone', null];

const record = fc
  .record({
    ward: fc.constantFrom(...WARDS),
    id: fc.constantFrom(...IDS),
    actual: fc.oneof(fc.constantFrom(...ACTUALS), fc.string({ maxLength: 8 }), fc.double({ noNaN: false })),
    listed: fc.constantFrom(true, false, null),
    implementation: fc.constantFrom(...IMPLEMENTATIONS),
    row: fc.nat(1000),
  })
  .map((r): CaseRecord => ({
    ward: r.ward === '' ? null : r.ward,
    indicatorId: r.id,
    indicatorText: null,
    target: null,
    actual: r.actual,
    previous: null,
    declaredMark: null,
    explanation: null,
    activityTarget: null,
    withdrawalCriterion: null,
    listedInPlan: r.listed,
    implementation: r.implementation,
    note: null,
    source: { file: `${r.ward}.xlsx`, sheet: 'Sheet1', row: r.row, cells: { actual: `F${r.row}` } },
  }));

describe('aggregation invariants (property)', () => {
  it('R8: per counted indicator cases = on track + behind + not measured, achieved ≤ on track; reference rows are not judged; totals sum the counted rows', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), (records) => {
        const { table2 } = aggregate(records, FY2015_CATALOGUE, DEFAULT_SETTINGS);
        for (const row of table2.indicators) {
          if (row.counted) expect(row.cases).toBe(row.onTrack + row.behind + row.notMeasured);
          else expect([row.onTrack, row.achieved, row.behind, row.notMeasured]).toEqual([0, 0, 0, 0]);
          expect(row.achieved).toBeLessThanOrEqual(row.onTrack);
          if (row.scope === 'city') expect(row.cases).toBeLessThanOrEqual(1);
        }
        const counted = table2.indicators.filter((row) => row.counted);
        expect(table2.total.cases).toBe(counted.reduce((sum, row) => sum + row.cases, 0));
        expect(table2.total.onTrack).toBe(counted.reduce((sum, row) => sum + row.onTrack, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('R9: Table 1 parts never exceed their whole, and add up exactly when no Table 1 finding is reported', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), (records) => {
        const { table1, findings } = aggregate(records, FY2015_CATALOGUE, DEFAULT_SETTINGS);
        expect(table1.listed + table1.unlisted).toBeLessThanOrEqual(table1.cases);
        expect(table1.listedFull + table1.listedPartial).toBeLessThanOrEqual(table1.listed);
        expect(table1.unlistedDone + table1.unlistedNotDone).toBeLessThanOrEqual(table1.unlisted);
        const table1Findings = findings.filter((f) => /listing|implementation/.test(f.code)).length;
        const placed = table1.listedFull + table1.listedPartial + table1.unlistedDone + table1.unlistedNotDone;
        expect(placed + table1Findings).toBe(table1.cases);
      }),
      { numRuns: 200 },
    );
  });
});
