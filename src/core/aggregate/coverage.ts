import type { Catalogue } from '../catalogue';
import type { AggregateFinding } from './types';
import type { PlacedRecord } from './classify';
import { aggregateFinding } from './findings';
import { CITY_NAME } from '../layouts/wards';

/**
 * Every expected ward reports every indicator (17 × 24 = 408 ward cases, seed 000 表1), and every
 * city-scope indicator has the city's own row. A ward missing altogether is one finding, not 17.
 */
export function coverageFindings(
  placed: readonly PlacedRecord[],
  catalogue: Catalogue,
  wards: readonly string[],
  expectedWards: readonly string[] | undefined,
): AggregateFinding[] {
  const findings: AggregateFinding[] = [];
  const present = new Set(placed.map((p) => `${p.ward}\u0000${p.indicator.id}`));
  const wardsWithCases = new Set(placed.map((p) => p.ward));
  const fileOf = new Map(placed.map((p) => [p.ward, p.record.source.file] as const));
  for (const ward of wards) {
    if (!wardsWithCases.has(ward)) {
      if (expectedWards)
        findings.push(
          aggregateFinding('aggregate.missingWard', 'error', { source: null, field: null }, ward, { ward }),
        );
      continue;
    }
    for (const indicator of catalogue.indicators) {
      if (present.has(`${ward}\u0000${indicator.id}`)) continue;
      findings.push(
        aggregateFinding(
          'aggregate.missingCase',
          'error',
          { source: null, field: 'indicatorId', file: fileOf.get(ward) ?? null },
          indicator.id,
          {
            ward,
            indicator: indicator.id,
          },
        ),
      );
    }
  }
  for (const indicator of catalogue.indicators) {
    if (indicator.scope !== 'city' || present.has(`${CITY_NAME}\u0000${indicator.id}`)) continue;
    findings.push(
      aggregateFinding('aggregate.cityCaseMissing', 'error', { source: null, field: null }, indicator.id, {
        indicator: indicator.id,
      }),
    );
  }
  return findings;
}
