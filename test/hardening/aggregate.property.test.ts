import fc from 'fast-check';
import { aggregate } from '../../src/core/aggregate';
import { FY2015_CATALOGUE, loadCatalogue } from '../../src/core/catalogue';
import { isKuseiError } from '../../src/core/result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { hostileSheet } from './support/arbitraries';
import { OPTIONS } from './support/workbooks';

/** Consolidation (src/core/aggregate) and catalogue loading on hostile input. 10,000 cases each. */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

describe('consolidation and catalogues on hostile input (property, 10,000 cases each)', () => {
  it('aggregate never throws on records read from hostile sheets, and its Table 2 adds up', () => {
    fc.assert(
      fc.property(fc.array(hostileSheet, { minLength: 1, maxLength: 2 }), (sheets) => {
        const report = validateWorkbook({ sheets }, OPTIONS);
        const summary = aggregate(report.records, FY2015_CATALOGUE, DEFAULT_SETTINGS);
        const total = summary.table2.total;
        const counted = summary.table2.indicators.filter((row) => row.counted);
        return (
          total.achieved <= total.onTrack &&
          total.onTrack + total.behind + total.notMeasured <= total.cases &&
          total.cases === counted.reduce((sum, row) => sum + row.cases, 0) &&
          summary.table1.listed + summary.table1.unlisted <= summary.table1.cases
        );
      }),
      RUNS,
    );
  });

  it('loadCatalogue takes any JSON: a catalogue or an error value naming the bad field, never a throw', () => {
    const indicator = fc.record(
      {
        id: fc.oneof(fc.constantFrom('1-1-ア', '', '2-1-ア-①'), fc.anything()),
        name: fc.oneof(fc.string(), fc.anything()),
        target: fc.oneof(fc.constantFrom('50%以上', '1件以上', ''), fc.anything()),
        unit: fc.oneof(fc.constantFrom('%', '件', '点'), fc.anything()),
        scope: fc.oneof(fc.constantFrom('ward', 'city', 'nation'), fc.anything()),
        counting: fc.oneof(fc.constantFrom('counted', 'reference', 'maybe'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const catalogue = fc.oneof(
      fc.anything(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.anything()),
          name: fc.oneof(fc.string(), fc.anything()),
          planStartYear: fc.oneof(fc.integer({ min: 1900, max: 2300 }), fc.anything()),
          planYears: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.anything()),
          indicators: fc.oneof(fc.array(indicator, { maxLength: 4 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(catalogue, (json) => {
        const loaded = loadCatalogue(json);
        return isKuseiError(loaded) ? loaded.message.length > 0 : Array.isArray(loaded.indicators);
      }),
      RUNS,
    );
  });
});
