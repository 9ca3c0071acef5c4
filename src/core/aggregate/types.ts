import type { CellValue } from '../cell';
import type { Finding } from '../finding';
import type { AggregateCode } from '../messages/aggregate';
import type { ImplementationStatus, RecordSource } from '../record';
import type { Status } from '../rules/status';
import type { JudgementRule } from '../plan/judge';
import type { RuleProfile } from '../plan/profile';

/** The four judgements of R2/R7, as users see them: the rules' own status words (rules/status.ts). */
export type CaseStatus = Status;

/**
 * How a case takes part in Table 2 (R8):
 * - `counted`: its status is counted in the indicator's row and in the totals;
 * - `reference`: its indicator is reference-only (shown in parentheses, out of the totals);
 * - `outOfScope`: a ward's row of a city-scope indicator, which the city counts once instead.
 */
export type Table2Role = 'counted' | 'reference' | 'outOfScope';

/** One ward × indicator case after the rules have judged it: the rows of 全区一覧. */
export interface EvaluatedCase {
  readonly ward: string;
  readonly indicatorId: string;
  readonly indicatorName: string;
  /** The target as written in the ward's sheet, or the catalogue's when the sheet has none. */
  readonly target: CellValue;
  /** The actual as written. */
  readonly actual: CellValue;
  /** The actual read as a number (0.513 for 51.3%), null when not measured or unreadable. */
  readonly actualValue: number | null;
  /** Progress rate (R1) as a fraction, null when it cannot be computed. */
  readonly progress: number | null;
  /** Status (R2/R7), null when the actual or target cannot be read (a finding says why). */
  readonly status: CaseStatus | null;
  /** Which rule of which profile decided the status (issue 16); null when no status was given. */
  readonly rule?: JudgementRule | null;
  readonly profileId?: string;
  readonly table2: Table2Role;
  /** Whether the case is one of Table 1's ward cases (R9); the city's own case is not. */
  readonly inTable1: boolean;
  readonly listedInPlan: boolean | null;
  readonly implementation: ImplementationStatus | null;
  readonly source: RecordSource;
}

/** One row of Table 2; the field names are the `kusei summary --json` contract (issue 6). */
export interface IndicatorSummary {
  readonly id: string;
  /** False for reference-only indicators: their row is out of the totals. */
  readonly counted: boolean;
  readonly scope: 'ward' | 'city';
  readonly cases: number;
  /** 概ね順調, achieved cases included. */
  readonly onTrack: number;
  /** うち目標達成. */
  readonly achieved: number;
  /** 必ずしも順調ではない. */
  readonly behind: number;
  readonly notMeasured: number;
  /** Reference-only indicators: wards that already met the target (shown in parentheses). */
  readonly referenceWards: number | null;
  /** Reference-only indicators: the sum of those wards' actuals (件数, shown in parentheses). */
  readonly referenceCases: number | null;
}

export interface Table2Total {
  readonly cases: number;
  readonly onTrack: number;
  readonly achieved: number;
  readonly behind: number;
  readonly notMeasured: number;
}

export interface Table2 {
  readonly indicators: readonly IndicatorSummary[];
  readonly total: Table2Total;
}

/** Table 1 (R9): listed in the ward plan or not × implemented fully / partly / not. */
export interface Table1 {
  readonly cases: number;
  readonly listed: number;
  readonly listedFull: number;
  readonly listedPartial: number;
  readonly unlisted: number;
  readonly unlistedDone: number;
  readonly unlistedNotDone: number;
}

/**
 * A finding of consolidation, with one of the consolidation's codes, which also says which file it
 * concerns (several files are summarised).
 */
export interface AggregateFinding extends Finding<AggregateCode> {
  readonly file: string | null;
}

export interface CitySummary {
  readonly table2: Table2;
  readonly table1: Table1;
  readonly findings: readonly AggregateFinding[];
  /** Every case judged, in catalogue order then ward order: the rows of 全区一覧. */
  readonly cases: readonly EvaluatedCase[];
  /** Wards seen, in the order of `AggregateOptions.wards` when given, else first appearance. */
  readonly wards: readonly string[];
}

export interface AggregateOptions {
  /**
   * The wards expected to report (e.g. Osaka's 24). When given, a ward with no case at all is a
   * finding too; when absent, the wards seen in the records are expected to report every indicator.
   */
  readonly wards?: readonly string[];
  /** The plan's rule profile (issue 16); the default profile R1–R4 when absent. */
  readonly profile?: RuleProfile;
}
