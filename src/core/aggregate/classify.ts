import type { CaseRecord } from '../record';
import type { Catalogue, IndicatorDef } from '../catalogue';
import type { AggregateFinding, Table2Role } from './types';
import { aggregateFinding, describePlace } from './findings';
import { CITY_NAME, isCityWard } from '../layouts/wards';
import { cellText, plainKey } from '../text';

/** A record that names a known ward (or the city) and a catalogue indicator, once. */
export interface PlacedRecord {
  /** The case's record; `parts` holds it and, for a cell read as several outcomes, the others. */
  readonly record: CaseRecord;
  readonly parts: CaseRecord[];
  readonly ward: string;
  readonly isCity: boolean;
  readonly indicator: IndicatorDef;
  readonly role: Table2Role;
}

export interface Classification {
  readonly placed: readonly PlacedRecord[];
  readonly findings: readonly AggregateFinding[];
}

/**
 * Gives each record its place in the tables from the catalogue's scope and counting rules alone:
 * - a ward-scope indicator: each ward's case is counted, or is reference-only if the catalogue says so;
 * - a city-scope indicator: the city's own row (区名 全市) is its one case (seed 000 ※1 "全市で１件");
 *   the wards' rows stay in Table 1 but are out of scope for Table 2.
 * Records that cannot be placed (no ward, unknown indicator, a second row for the same case) are findings.
 */
export function classifyRecords(
  records: readonly CaseRecord[],
  catalogue: Catalogue,
  /** The wards consolidated (AggregateOptions.wards): a record of any other ward is not counted. */
  expectedWards?: readonly string[],
): Classification {
  // A CSV naming 10,000 made-up wards must not add 10,000 cases to the city's published tables.
  const expected = expectedWards ? new Set(expectedWards.map(plainKey)) : null;
  const byId = new Map(catalogue.indicators.map((indicator) => [plainKey(indicator.id), indicator]));
  const seen = new Map<string, PlacedRecord>();
  const placed: PlacedRecord[] = [];
  const findings: AggregateFinding[] = [];
  for (const record of records) {
    // An initiative row (取組: activity target, withdrawal criterion) is not an outcome case.
    if (record.kind === 'initiative') continue;
    const ward = record.ward === null ? '' : plainKey(record.ward);
    if (ward === '') {
      findings.push(aggregateFinding('aggregate.noWard', 'error', { source: record.source, field: 'ward' }, '', {}));
      continue;
    }
    const rawId = record.indicatorId ?? '';
    if (plainKey(rawId) === '') {
      findings.push(
        aggregateFinding(
          'aggregate.noIndicator',
          'error',
          { source: record.source, field: 'indicatorId' },
          cellText(record.indicatorText),
          {},
        ),
      );
      continue;
    }
    const indicator = byId.get(plainKey(rawId));
    if (!indicator) {
      findings.push(
        aggregateFinding(
          'aggregate.unknownIndicator',
          'error',
          { source: record.source, field: 'indicatorId' },
          rawId,
          {
            indicator: rawId,
            catalogue: catalogue.name,
          },
        ),
      );
      continue;
    }
    const isCity = isCityWard(ward);
    if (!isCity && expected !== null && !expected.has(ward)) {
      findings.push(
        aggregateFinding('aggregate.unknownWard', 'error', { source: record.source, field: 'ward' }, ward, { ward }),
      );
      continue;
    }
    if (isCity && indicator.scope !== 'city') {
      findings.push(
        aggregateFinding(
          'aggregate.cityRowForWardIndicator',
          'warning',
          { source: record.source, field: 'ward' },
          ward,
          {
            indicator: indicator.id,
          },
        ),
      );
      continue;
    }
    const wardName = isCity ? CITY_NAME : ward;
    const key = `${wardName}\u0000${indicator.id}`;
    const first = seen.get(key);
    if (first && samePartedCell(first.record, record)) {
      first.parts.push(record);
      continue;
    }
    if (first) {
      findings.push(
        aggregateFinding('aggregate.duplicateCase', 'error', { source: record.source, field: 'indicatorId' }, rawId, {
          ward: wardName,
          indicator: indicator.id,
          first: describePlace(first.record.source, 'indicatorId'),
        }),
      );
      continue;
    }
    const entry: PlacedRecord = {
      record,
      parts: [record],
      ward: wardName,
      isCity,
      indicator,
      role: roleOf(indicator, isCity),
    };
    seen.set(key, entry);
    placed.push(entry);
  }
  return { placed, findings };
}

function roleOf(indicator: IndicatorDef, isCity: boolean): Table2Role {
  if (indicator.scope === 'city' && !isCity) return 'outOfScope';
  return indicator.counting === 'reference' ? 'reference' : 'counted';
}

/** Outcomes split from one cell (seed 004: two percentages in one 2-2-ア cell) are one case. */
function samePartedCell(a: CaseRecord, b: CaseRecord): boolean {
  return (
    a.part !== undefined &&
    b.part !== undefined &&
    a.source.file === b.source.file &&
    a.source.sheet === b.source.sheet &&
    a.source.row === b.source.row
  );
}
