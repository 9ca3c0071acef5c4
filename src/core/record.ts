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
  /**
   * Added by the sheet reader (validate/read-sheet.ts); optional so records built elsewhere stay valid.
   * `indicator`: an outcome-indicator case (counted by aggregation); `initiative`: a 取組 row
   * (activity target, withdrawal criterion), which is not a Table 2 case.
   */
  readonly kind?: 'indicator' | 'initiative';
  /** Layout the record was read from ("standard", "fukushima-indicator", …). */
  readonly layout?: string;
  /**
   * Set when one cell held several outcomes of one indicator (seed 004: "49.6%\n61.8%", marks "B\nB")
   * and this record is outcome `index` (1-based) of `count`. Records of one split share the indicator id.
   */
  readonly part?: { readonly index: number; readonly count: number };
  /** 単位 column of the standard layout, as written. */
  readonly unit?: string | null;
  /** The target the declared mark judges when it is not `target` (seed 004: the アウトカム's own target). */
  readonly markTarget?: CellValue;
  /** Ward-level overall mark (全体) of the row. */
  readonly overallMark?: string | null;
  /** 決算額 / 予算額 of the block the record belongs to (seed 002). */
  readonly budgets?: readonly BudgetAmount[];
}

export interface BudgetAmount {
  /** Label as written ("4決算額", "6予算額"). */
  readonly label: string;
  readonly amount: CellValue;
  /** A1 address (without sheet). */
  readonly cell: string;
}

export interface RecordSource {
  readonly file: string | null;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** A1 address (without sheet) of each field's cell, e.g. { actual: "F12" }. */
  readonly cells: Readonly<Record<string, string>>;
}
