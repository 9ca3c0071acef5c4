import type { CaseRecord } from '../../src/core/record';

/**
 * A ward case record as a layout reader would produce it, for tests of counting: the actual in F of
 * its own row (rows numbered as they are made), listed and fully implemented unless `extra` says not.
 */
let line = 1;
export function caseRecord(
  ward: string | null,
  indicatorId: string | null,
  actual: string | null,
  extra: Partial<CaseRecord> = {},
): CaseRecord {
  line += 1;
  return {
    ward,
    indicatorId,
    indicatorText: null,
    target: null,
    actual,
    previous: null,
    declaredMark: null,
    explanation: null,
    activityTarget: null,
    withdrawalCriterion: null,
    listedInPlan: true,
    implementation: 'full',
    note: null,
    source: {
      file: `${ward ?? 'unknown'}.xlsx`,
      sheet: 'Sheet1',
      row: line,
      cells: { actual: `F${line}`, indicatorId: `B${line}`, ward: `A${line}` },
    },
    ...extra,
  };
}
