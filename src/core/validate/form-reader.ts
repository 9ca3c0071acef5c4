import type { Finding } from '../finding';
import type { Field } from '../layouts/fields';
import type { SheetGrid } from '../layouts/grid';
import type { LayoutId } from '../layouts/layout';
import type { KuseiSettings } from '../settings';
import type { SheetSnapshot } from '../snapshot';
import type { CellRef, RowCells } from './row-cells';
import type { Catalogue } from '../catalogue/types';

/**
 * The contract between the sheet reader and the readers of FORMS (大正区 取組項目 sheets and their
 * 中間振り返り, 此花区 PDCA slides: domain §7.3–§7.4), which live in `src/core/forms/`.
 *
 * A form is not a table: one block per item, label → value cells, stacked 目標 / 結果 rows, stage
 * captions. A form reader only says WHERE each value of a record is written; it never judges a value.
 * Every check of domain §5 (R5, R6, R7, units, %, fiscal year, ward, required cells …) runs over the
 * records of table readers and form readers alike, in `./checks` — so a form gets each check, each
 * message and each fix for free, and a check is never written twice.
 *
 * Dispatch (`readSheet`): the readers of `FORM_READERS` (exported by `src/core/forms/index.ts`) are
 * asked in order; the first that returns a reading reads the sheet, and the sheet's records then go
 * through the same record building and checks as a table's rows. When every reader returns null, the
 * sheet is read as a table (header blocks, synonym dictionary). A reader must return null quickly on a
 * sheet that is not its form (test a caption or two first) and must never throw.
 *
 * Stable: the form readers (src/core/forms) build on this file; change it only additively.
 */

/** What a form reader is given besides the sheet. */
export interface FormContext {
  /** Merge-aware access to the sheet in sheet coordinates (0-based rows and columns). */
  readonly grid: SheetGrid;
  readonly settings: KuseiSettings;
  /** File name without folders ("taisho-initiative-sheets.xlsx"); it may name the ward. */
  readonly fileName?: string;
  /**
   * Facts read from the workbook's other sheets (a 表紙 sheet naming the ward and the year), so a
   * theme sheet of 此花区 knows its ward and report year without writing them.
   */
  readonly workbook: SheetFacts;
  /** The indicator catalogue in use: a form's headings name a section, the catalogue its indicators. */
  readonly catalogue?: Catalogue;
}

/** A word of the sheet as written, and the cell it is written in (0-based sheet row/col). */
export interface WrittenFact {
  /** The text as written in the cell ("（太正区）", "平成29年度 取組項目シート"). */
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

/**
 * What a sheet says about itself. The checks verify these: `ward.unknown` when `ward` names none of
 * the 24 wards (太正区, 福嶋区), at that cell; the report year (western year) read from `reportYear`
 * is the year targets are compared with (`target.yearBeforeReport`), else the settings' report year.
 */
export interface SheetFacts {
  /** Where the ward is named (title, 区名 cell, 表紙). Give the cell even when the name is wrong. */
  readonly ward: WrittenFact | null;
  /** Where the report year is written ("平成29年度 …" in A1, "平成27年度" in E2). */
  readonly reportYear: WrittenFact | null;
}

/**
 * One record a form gives: one 取組項目's year-end result, one mid-year review, one PDCA measure.
 * Everything the checks need is in `cells`: each field's cell(s) with the value as written (0-based
 * sheet row/col; the address shown to users is derived from them). Use the fields of
 * `../layouts/fields` with their usual meaning:
 *  - `actual`, `target` (or `activityTarget` for a 取組's 業績目標), `withdrawalCriterion`, `previous`;
 *  - `mark` (year-end 目標達成 / 目標未達成 …), `implementationOutlook` and `achievementOutlook` (mid-year
 *    実施見込み / 達成見込み …), `effectiveness` (○ / ×, ア / イ);
 *  - `explanation` / `improvement`: the cell(s) a negative mark's 課題と改善策 must be written in (R5)
 *    — give the cell even when it is empty, so the finding points at it;
 *  - `indicatorText`, `measure`, `context`: prose, never checked as values.
 * Several values in one cell (two targets and two actuals, one per line) stay one cell: the shared row
 * reader matches them by order. A mark written as ☑/☐, ■/□ or （○）… is given as the cell itself; the
 * shared mark reader (`./marks`, `readMark`) reads every spelling. A choice written as ○ typed in a
 * cell beside each option is given with `markFromChoices` (`./marks`): the chosen option's words at the
 * ○ cell, or the first option's cell with a null value when none is chosen.
 */
export interface FormRecord {
  /** 0-based sheet row the record is listed under (the row of its actual, else of its mark). */
  readonly row: number;
  /** Normalised indicator id ("1-2-イ", "2-1-ア-①") when the form's headings give one. */
  readonly indicatorId: string | null;
  /** `indicator`: an outcome indicator's case (counted in Table 2); `initiative`: a 取組 (R4). */
  readonly kind: 'indicator' | 'initiative';
  readonly cells: RowCells;
  /**
   * Fields the form requires to be filled (the mid-year choices): when all of a field's cells are
   * blank, `cell.required` is reported at its first cell, with the options to write.
   */
  readonly required?: readonly Field[];
  /** The options of a required choice as the form writes them (目標達成 / 目標未達成), for the message. */
  readonly options?: Partial<Record<Field, readonly string[]>>;
  /**
   * Several measures under one declared mark (大正区, 西区: the positive mark needs every measure met) —
   * the default — or one mark per line, in order (福島区's 個別 marks).
   */
  readonly markCovers?: 'allMeasures' | 'eachLine';
  /** True when the year-end block is still empty by design (submitted at the 中間振り返り stage). */
  readonly midYearOnly?: boolean;
}

/** What a form reader returns for a sheet that is its form. */
export interface FormReading {
  readonly layout: LayoutId;
  readonly records: readonly FormRecord[];
  /**
   * Findings about reading only (a block whose captions are not where the form puts them, a label
   * without its value cell). Never a value, mark or year check: those are the checks' job.
   */
  readonly findings: readonly Finding[];
  /** 0–1: how sure the reader is that the sheet is this form; below 0.6 the pane warns. */
  readonly confidence: number;
  readonly facts: SheetFacts;
  /** 決算額 / 予算額 cells of the form (seed 002): each must read as an amount (`budget.notNumber`). */
  readonly budgets?: readonly { readonly label: string; readonly ref: CellRef }[];
}

/**
 * A reader of one form. Returns null when the sheet is not its form (then the next reader, and
 * finally the table reader, is tried). An instructions sheet (記入要領) or a 表紙 of the form may be
 * returned as a reading with no records, so it is not reported as an unknown layout.
 */
export type SheetReader = (sheet: SheetSnapshot, context: FormContext) => FormReading | null;

/** A cell of a record, for form readers that build refs by hand. */
export function formCell(grid: SheetGrid, row: number, col: number): CellRef {
  let value = grid.value(row, col);
  if (value === null) {
    const merge = grid.mergeAt(row, col);
    if (merge && (merge.top < row || merge.left < col)) value = grid.value(merge.top, merge.left);
  }
  const numberFormat = typeof value === 'number' ? grid.numberFormat(row, col) : undefined;
  return numberFormat ? { row, col, value, numberFormat } : { row, col, value };
}
