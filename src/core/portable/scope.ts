import { isCityWard } from '../layouts/wards';
import type { CaseRecord } from '../record';

/**
 * Whether a row is judged here: a ward's case of a ward indicator is ('judged'); a ward's row of an
 * indicator counted once city-wide (1-3-ア, seed 000 ※1) is judged for the city as a whole
 * ('cityWide'); a reference-only indicator (1-3-イ/ウ, R8) is shown, never judged ('reference').
 */
export type RowScope = 'judged' | 'cityWide' | 'reference';

/** What the scope needs of a catalogue (the full Catalogue fits). */
export interface ScopeCatalogue {
  readonly indicators: readonly { readonly id: string; readonly scope?: string; readonly counting?: string }[];
}

export function rowScope(record: CaseRecord, catalogue: ScopeCatalogue | null): RowScope {
  if (!catalogue || record.indicatorId === null) return 'judged';
  const indicator = catalogue.indicators.find((candidate) => candidate.id === record.indicatorId);
  if (!indicator) return 'judged';
  if (indicator.counting === 'reference') return 'reference';
  if (indicator.scope === 'city' && !(record.ward !== null && isCityWard(record.ward))) return 'cityWide';
  return 'judged';
}
