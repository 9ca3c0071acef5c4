import type { AggregateFinding, EvaluatedCase, Table1 } from './types';
import { aggregateFinding } from './findings';
import { implementationWord, listingWord } from '../values/listing-words';

export interface Table1Result {
  readonly table1: Table1;
  readonly findings: readonly AggregateFinding[];
}

/**
 * Table 1 (R9, seed 000 表1): every ward case of every indicator (17 × 24 = 408), whatever its Table 2
 * role — a city-scope indicator still has each ward's listing and implementation; only the city's own
 * row is not a ward case. Listed cases split into fully / partly implemented, unlisted ones into
 * implemented / not. A combination the table has no column for is a finding, never forced into one.
 */
export function buildTable1(cases: readonly EvaluatedCase[]): Table1Result {
  const findings: AggregateFinding[] = [];
  const counts = {
    cases: 0,
    listed: 0,
    listedFull: 0,
    listedPartial: 0,
    unlisted: 0,
    unlistedDone: 0,
    unlistedNotDone: 0,
  };
  for (const c of cases) {
    if (!c.inTable1) continue;
    counts.cases += 1;
    const params = { ward: c.ward, indicator: c.indicatorId };
    if (c.listedInPlan === null) {
      findings.push(
        aggregateFinding('aggregate.listingMissing', 'error', { source: c.source, field: 'listedInPlan' }, '', params),
      );
      continue;
    }
    if (c.listedInPlan) counts.listed += 1;
    else counts.unlisted += 1;
    if (c.implementation === null) {
      findings.push(
        aggregateFinding(
          'aggregate.implementationMissing',
          'error',
          { source: c.source, field: 'implementation' },
          '',
          params,
        ),
      );
      continue;
    }
    const bucket = bucketOf(c.listedInPlan, c.implementation);
    if (bucket) {
      counts[bucket] += 1;
      continue;
    }
    const listing = listingWord(c.listedInPlan);
    const implementation = implementationWord(c.implementation);
    findings.push(
      aggregateFinding(
        'aggregate.implementationUnclassified',
        'error',
        { source: c.source, field: 'implementation' },
        implementation,
        {
          ...params,
          listing,
          implementation,
        },
      ),
    );
  }
  return { table1: counts, findings };
}

type Bucket = 'listedFull' | 'listedPartial' | 'unlistedDone' | 'unlistedNotDone';

function bucketOf(listed: boolean, implementation: EvaluatedCase['implementation']): Bucket | null {
  if (listed) {
    if (implementation === 'full') return 'listedFull';
    if (implementation === 'partial') return 'listedPartial';
    return null;
  }
  // 全て実施 on an unlisted case is still "implemented"; 一部実施 is not clearly either, so it is a finding.
  if (implementation === 'done' || implementation === 'full') return 'unlistedDone';
  if (implementation === 'notDone') return 'unlistedNotDone';
  return null;
}
