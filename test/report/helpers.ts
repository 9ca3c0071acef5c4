import { Consolidator, FY2015_CATALOGUE, type Report } from '../../src/core';
import type { CaseRecord } from '../../src/core/record';
import type { CitySummary } from '../../src/core/aggregate/types';
import type { ConsolidationResult } from '../../src/core/aggregate/consolidation';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import type { Language } from '../../src/core/messages';
import { buildCityReport, type CityReport } from '../../src/core/report/model';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../../src/core/settings';

/** 令和8年12月1日 17:42 JST, the stamp issue 15 §5 writes. */
export const STAMP_DATE = new Date('2026-12-01T08:42:00Z');

/** A validation report as the layout reader gives it, holding the given records. */
export function reportOf(records: readonly CaseRecord[], errors = 0, warnings = 0): Report {
  return {
    valid: errors === 0,
    stats: { rows: records.length, records: records.length, errors, warnings },
    layout: 'standard',
    sheets: [],
    records,
    findings: [],
  };
}

/** The city report of records consolidated as one file (e.g. the domain's fy2015_city.csv). */
export function reportFromRecords(
  records: readonly CaseRecord[],
  lang: Language = 'ja',
  settings: KuseiSettings = DEFAULT_SETTINGS,
): CityReport {
  const consolidator = new Consolidator(FY2015_CATALOGUE, settings, WARD_NAMES);
  consolidator.addReport('fy2015_city.csv', reportOf(records));
  return buildCityReport(consolidator.finish(), {
    catalogue: FY2015_CATALOGUE,
    settings,
    lang,
    generatedAt: STAMP_DATE,
  });
}

/** A city report around a hand-made summary (for renderers fed hostile text). */
export function reportFromSummary(summary: CitySummary, files: ConsolidationResult['files'] = []): CityReport {
  return buildCityReport(
    {
      summary,
      files,
      submissions: {
        expected: [],
        received: [],
        missing: [],
        duplicates: [],
        otherYear: [],
        unreadable: [],
        unexpected: [],
        cityFiles: [],
      },
    },
    { catalogue: FY2015_CATALOGUE, settings: DEFAULT_SETTINGS, lang: 'ja', generatedAt: STAMP_DATE },
  );
}
