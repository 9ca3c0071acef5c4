import type { CellValue } from './cell';

/**
 * One ward case: one indicator (or one outcome of a multi-outcome cell) of one ward, read from
 * whatever layout the ward uses. Validation produces these; aggregation and the pane consume them.
 * Fields keep the cell content as written (for findings and explanations) and where it came from.
 */
export type ImplementationStatus = 'full' | 'partial' | 'done' | 'notDone';

export interface CaseRecord {
  readonly ward: string | null;
  /** Normalised indicator id ("2-1-ア-①"), null when the layout has none. */
  readonly indicatorId: string | null;
  readonly indicatorText: string | null;
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly previous: CellValue;
  /** Mark the sheet declares (A/B, 順調, 目標達成, ○/×, ア/イ …), as written. */
  readonly declaredMark: string | null;
  readonly explanation: string | null;
  readonly activityTarget: CellValue;
  readonly withdrawalCriterion: CellValue;
  /** 区運営方針への記載: true (記載あり), false (記載なし), null (not given). */
  readonly listedInPlan: boolean | null;
  readonly implementation: ImplementationStatus | null;
  readonly note: string | null;
  readonly source: RecordSource;
}

export interface RecordSource {
  readonly file: string | null;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** A1 address (without sheet) of each field's cell, e.g. { actual: "F12" }. */
  readonly cells: Readonly<Record<string, string>>;
}
