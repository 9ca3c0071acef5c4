import type { CaseStatus, Table2Role } from './types';
import { statusKey } from '../values/status-words';

/**
 * What Table 2 needs of a case (R8): its ward, status, role and, for reference-only indicators, the
 * actual as a number (件数). Any host that has statuses — the aggregation, a sheet's two columns in
 * KUSEI.SUMMARY — builds these and counts with `buildTable2`, so every host counts alike.
 */
export interface CountedCase {
  readonly ward: string;
  readonly indicatorId: string;
  readonly status: CaseStatus | null;
  readonly table2: Table2Role;
  /** The actual as a number; only reference-only indicators use it (the sum in parentheses). */
  readonly actualValue: number | null;
}

export interface StatusTally {
  readonly cases: number;
  /** 概ね順調, achieved included (seed 000 ※3). */
  readonly onTrack: number;
  readonly achieved: number;
  readonly behind: number;
  /** 未測定, and statuses that could not be judged (null): nothing silently disappears. */
  readonly notMeasured: number;
}

/** Counts statuses the way Table 2 does: cases = onTrack + behind + notMeasured always holds. */
export function tallyStatuses(statuses: Iterable<CaseStatus | null>): StatusTally {
  let cases = 0;
  let achieved = 0;
  let onTrackOnly = 0;
  let behind = 0;
  for (const status of statuses) {
    cases += 1;
    const key = statusKey(status);
    if (key === 'achieved') achieved += 1;
    else if (key === 'onTrack') onTrackOnly += 1;
    else if (key === 'behind') behind += 1;
  }
  return {
    cases,
    onTrack: achieved + onTrackOnly,
    achieved,
    behind,
    notMeasured: cases - achieved - onTrackOnly - behind,
  };
}
