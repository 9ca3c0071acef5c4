import type { Finding } from '../finding';
import { qualifiedAddress } from '../address';
import { FIELD_LABELS } from '../layouts/field-labels';
import type { Field } from '../layouts/fields';
import { clip } from '../layouts/normalize';
import { ALL_FINDING_MESSAGES, type AnyFindingCode } from '../messages/finding-codes';
import type { MessageParams } from '../messages/table';

/** Where a finding points: a cell (0-based sheet row/col) or the sheet as a whole. */
export interface FindingPlace {
  readonly sheet: string;
  readonly row?: number | null;
  readonly col?: number | null;
  readonly field?: Field | null;
}

/**
 * Builds a finding with its message's parameters: the sheet and the offending text as {sheet}/{text},
 * the field's names as {field}/{fieldEn}/{example}, then the caller's own.
 */
export function makeFinding(
  code: AnyFindingCode,
  place: FindingPlace,
  text: string,
  params: MessageParams = {},
): Finding {
  const field = place.field ?? null;
  const label = field ? FIELD_LABELS[field] : null;
  const shown = clip(text);
  const entry = ALL_FINDING_MESSAGES[code];
  const all: MessageParams = {
    sheet: place.sheet,
    text: shown,
    ...(label ? { field: label.ja, fieldEn: label.en, example: label.example } : {}),
    ...params,
  };
  const hasCell = place.row !== undefined && place.row !== null && place.col !== undefined && place.col !== null;
  return {
    code,
    severity: entry.severity,
    sheet: place.sheet,
    cell: hasCell ? qualifiedAddress(place.sheet, place.row ?? 0, place.col ?? 0) : null,
    row: place.row === undefined || place.row === null ? null : place.row + 1,
    field,
    text: shown,
    params: all,
  };
}
