import type { CaseRecord } from '../record';
import type { KuseiSettings } from '../settings';
import type { Catalogue } from '../catalogue';
import type { AggregateFinding, AggregateOptions, CitySummary, EvaluatedCase } from './types';
import { classifyRecords, type PlacedRecord } from './classify';
import { coverageFindings } from './coverage';
import { evaluateCase } from './evaluate-case';
import { buildTable1 } from './table1';
import { buildTable2 } from './table2';
import { plainKey } from '../text';

/**
 * Consolidates ward cases read from any number of sheets into the city's Tables 2 and 1 (R8, R9),
 * driven only by the catalogue's scope and counting rules and the settings' plan period.
 */
export function aggregate(
  records: readonly CaseRecord[],
  catalogue: Catalogue,
  settings: KuseiSettings,
  options: AggregateOptions = {},
): CitySummary {
  const classification = classifyRecords(records, catalogue, options.wards);
  const wards = wardOrder(classification.placed, options.wards);
  const findings: AggregateFinding[] = [...classification.findings];
  const cases: EvaluatedCase[] = [];
  for (const placed of sortCases(classification.placed, catalogue, wards)) {
    const result = evaluateCase(
      placed.parts,
      placed.ward,
      placed.indicator,
      placed.role,
      !placed.isCity,
      settings,
      options.profile,
    );
    cases.push(result.evaluated);
    for (const finding of result.findings) findings.push(finding);
  }
  for (const finding of coverageFindings(classification.placed, catalogue, wards, options.wards))
    findings.push(finding);
  const table1 = buildTable1(cases);
  for (const finding of table1.findings) findings.push(finding);
  return { table2: buildTable2(cases, catalogue.indicators), table1: table1.table1, findings, cases, wards };
}

/**
 * The expected wards in their given order, then any other ward seen, in order of appearance. A Set
 * keeps it linear: a CSV naming 10,000 unknown wards made `includes` in a loop quadratic (issue 13).
 */
function wardOrder(placed: readonly PlacedRecord[], expected: readonly string[] | undefined): string[] {
  const order = (expected ?? []).map(plainKey);
  const seen = new Set(order);
  for (const p of placed) {
    if (p.isCity || seen.has(p.ward)) continue;
    seen.add(p.ward);
    order.push(p.ward);
  }
  return order;
}

/** Catalogue order, then ward order, the city's own row after the wards (as 全区一覧 lists them). */
function sortCases(placed: readonly PlacedRecord[], catalogue: Catalogue, wards: readonly string[]): PlacedRecord[] {
  const indicatorRank = new Map(catalogue.indicators.map((indicator, index) => [indicator.id, index]));
  const wardRank = new Map(wards.map((ward, index) => [ward, index]));
  const rank = (p: PlacedRecord): [number, number] => [
    indicatorRank.get(p.indicator.id) ?? 0,
    p.isCity ? wards.length : (wardRank.get(p.ward) ?? wards.length),
  ];
  return [...placed].sort((a, b) => {
    const [ia, wa] = rank(a);
    const [ib, wb] = rank(b);
    return ia - ib || wa - wb;
  });
}
