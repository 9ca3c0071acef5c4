import type { Severity } from '../severity';
import type { RecordSource } from '../record';
import type { AggregateFinding } from './types';
import type { AggregateCode, MessageParams } from '../messages';

/** Where a consolidation finding points: a record's cell, or only a file when no row exists. */
export interface FindingPlace {
  readonly source: RecordSource | null;
  readonly field: string | null;
  readonly file?: string | null;
}

export function aggregateFinding(
  code: AggregateCode,
  severity: Severity,
  place: FindingPlace,
  text: string,
  params: MessageParams,
): AggregateFinding {
  const source = place.source;
  const cell = source && place.field ? (source.cells[place.field] ?? null) : null;
  return {
    code,
    severity,
    file: source ? source.file : (place.file ?? null),
    sheet: source ? source.sheet : '',
    cell,
    row: source ? source.row : null,
    field: place.field,
    text,
    params,
  };
}

/** "file!sheet!B3"-like text that tells a user where a row is, for messages naming another row. */
export function describePlace(source: RecordSource, field: string): string {
  const cell = source.cells[field] ?? `${source.row}行`;
  const sheet = source.sheet ? `${source.sheet}!` : '';
  return source.file ? `${source.file} ${sheet}${cell}` : `${sheet}${cell}`;
}
