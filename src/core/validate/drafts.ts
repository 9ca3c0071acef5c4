import { isCellError } from '../cell';
import type { Finding } from '../finding';
import type { SheetGrid } from '../layouts/grid';
import { EXPLANATION_FIELDS, MARK_FIELDS, type Field } from '../layouts/fields';
import { circledNumber, indicatorLetter, normalizeIndicatorId } from '../layouts/indicator-id';
import { trimText } from '../layouts/normalize';
import { cellText } from '../text';
import { MAX_VALUE_CELL_LENGTH } from './checks';
import { isYearHeading } from './embedded';
import { makeFinding } from './finding-builder';
import { readChoiceList, readDeclaredMark, readMark } from './marks';
import { first, hasContent, isMultiLine, linesOf, type CellRef, type RowCells } from './row-cells';
import type { DataRow } from './scan';
import { STATUS_WORDS } from '../values/status-words';

const ONE_OUTCOME = new RegExp(`[0-9０-９]|${STATUS_WORDS.notMeasured}|－|-`);

/** One record to be: the cells of one data row, or of one outcome of a multi-outcome row. */
export interface Draft {
  readonly data: DataRow;
  readonly cells: RowCells;
  readonly indicatorId: string | null;
  readonly part: { readonly index: number; readonly count: number } | null;
}

/** Fields split line by line when a row holds several outcomes (seed 004, 2-2-ア: "49.6%\n61.8%"). */
const SPLIT_FIELDS: readonly Field[] = [
  'actual',
  'previous',
  'mark',
  'target',
  'measure',
  'outcome',
  'indicatorText',
  'activityTarget',
];

/** Lines of a cell that carry a figure: a note line under the outcomes ("（いずれも…により測定）") is not one. */
function figureLines(ref: CellRef, field: Field): CellRef['value'][] {
  // A list of options with one ticked (seed 004's ■/□ block) is one mark, whatever its lines.
  if (field === 'mark' && typeof ref.value === 'string' && readChoiceList(ref.value) !== null) return [ref.value];
  const lines = linesOf(ref.value);
  if (field !== 'outcome' && field !== 'target' && field !== 'activityTarget') return lines;
  const withFigures = lines.filter(
    (line) => typeof line !== 'string' || (/[0-9０-９]/.test(line) && !isYearHeading(line)),
  );
  return withFigures.length > 0 ? withFigures : lines;
}

function lineRef(ref: CellRef, value: CellRef['value'], line: number): CellRef {
  return { row: ref.row, col: ref.col, value, line };
}

/**
 * Splits a row whose actual cell holds several lines into one draft per line. Marks must come in the
 * same number (else a finding, and the parts carry no mark rather than a guessed one); other split
 * fields are split when they have the same number of lines and shared otherwise.
 * `separateIndicators` is true when the target or measure cell split too: the lines are distinct
 * indicators (2-3-ア-①②), not outcomes of one.
 */
export function splitRow(
  cells: RowCells,
  sheet: string,
  findings: Finding[],
  markCovers: 'eachLine' | 'allMeasures' = 'eachLine',
): { parts: RowCells[]; separateIndicators: boolean } {
  const actual = first(cells, 'actual');
  // A one-line actual (row after row of a table) is one outcome: nothing to split.
  // Nor is a cell too long to be a value: split, 5,000 lines of "1%" would pass as 5,000 short outcomes;
  // whole, it is one record whose actual is reported as too long (cell.tooLong).
  if (!actual || !isMultiLine(actual.value) || cellText(actual.value).length > MAX_VALUE_CELL_LENGTH) {
    return { parts: [cells], separateIndicators: false };
  }
  const lines = linesOf(actual.value);
  // "51.3\n%" is one value wrapped by the template (seed 003), not two outcomes: every line must hold one.
  const outcomes = lines.every((line) => typeof line === 'string' && ONE_OUTCOME.test(line));
  if (lines.length < 2 || !outcomes) return { parts: [cells], separateIndicators: false };
  const count = lines.length;
  let separateIndicators = false;
  const parts: RowCells[] = lines.map(() => ({ ...cells }));
  for (const field of SPLIT_FIELDS) {
    const ref = first(cells, field);
    if (!ref || !hasContent(ref)) continue;
    const fieldLines = figureLines(ref, field);
    if (fieldLines.length === count) {
      if (field === 'target' || field === 'measure') separateIndicators = true;
      parts.forEach((part, index) => {
        part[field] = [lineRef(ref, fieldLines[index] ?? null, index + 1)];
      });
    } else if (field === 'mark' && fieldLines.length === 1 && markCovers === 'allMeasures') {
      // One mark for every measure of the row (大正区, 西区): each part carries it; judged together.
      continue;
    } else if (field === 'mark') {
      findings.push(
        makeFinding('split.countMismatch', { sheet, row: ref.row, col: ref.col, field }, cellText(ref.value), {
          actuals: count,
          marks: fieldLines.length,
        }),
      );
      parts.forEach((part) => {
        part.mark = [];
      });
    } else if (field === 'actual') {
      parts.forEach((part, index) => {
        part.actual = [lineRef(ref, lines[index] ?? null, index + 1)];
      });
    }
  }
  return { parts, separateIndicators };
}

/**
 * R5: a negative mark in the row requires its 課題 / 改善策. Checked on the row as written (before
 * splitting or merging form stages), so the finding points at the row's own explanation cell.
 */
export function checkExplanation(cells: RowCells, sheet: string): Finding | null {
  // Most tables have no explanation column: nothing to require, and no list to build per row.
  if (cells.explanation === undefined && cells.improvement === undefined) return null;
  const explanationRefs = EXPLANATION_FIELDS.flatMap((field) => cells[field] ?? []);
  if (explanationRefs.length === 0) return null;
  if (explanationRefs.some(hasContent)) return null;
  for (const field of MARK_FIELDS) {
    for (const ref of cells[field] ?? []) {
      const whole = typeof ref.value === 'string' ? readDeclaredMark(ref.value) : null;
      for (const line of whole ? [ref.value] : linesOf(ref.value)) {
        const mark = whole ?? (typeof line === 'string' ? readMark(line) : null);
        if (mark?.negative) {
          const target = (cells.explanation ?? [])[0] ?? explanationRefs[0];
          if (!target) return null;
          return makeFinding(
            'explanation.missing',
            { sheet, row: target.row, col: target.col, field: 'explanation' },
            '',
            {
              mark: mark.value,
            },
          );
        }
      }
    }
  }
  return null;
}

/** Formula errors cached in mapped cells (#N/A…): reported once per cell. */
export function checkCellErrors(cells: RowCells, sheet: string, findings: Finding[]): void {
  for (const key in cells) {
    const field = key as Field;
    for (const ref of cells[field] ?? []) {
      if (isCellError(ref.value)) {
        findings.push(
          makeFinding('cell.formulaError', { sheet, row: ref.row, col: ref.col, field }, ref.value.cellError),
        );
      }
    }
  }
}

/**
 * A formula saved without its result (a program that does not calculate wrote the file): the cell's
 * value is unknown, not blank, so it must not pass as 未測定 (R7) unnoticed.
 */
export function checkUncalculated(cells: RowCells, grid: SheetGrid, sheet: string, findings: Finding[]): void {
  for (const key in cells) {
    const field = key as Field;
    for (const ref of cells[field] ?? []) {
      if (ref.value !== null && ref.value !== '') continue;
      const formula = grid.formula(ref.row, ref.col);
      if (formula) {
        findings.push(
          makeFinding('cell.formulaNotCalculated', { sheet, row: ref.row, col: ref.col, field }, `=${formula}`),
        );
      }
    }
  }
}

/**
 * Resolves the indicator id of a row: a full id ("2-1-ア-①" in any width), or a letter (㋐) completed by
 * the section headings above; a blank id cell continues the previous row's indicator in the layouts that
 * write the id once per group of rows. Null with a finding when the cell holds something else.
 */
export class IdResolver {
  private previous: string | null = null;
  private readonly subCounters = new Map<string, number>();

  constructor(
    private readonly sheet: string,
    private readonly catalogueIds: ReadonlySet<string>,
    private readonly continueBlank: boolean,
  ) {}

  resolve(cells: RowCells, data: DataRow, blockId: string | null, findings: Finding[]): string | null {
    const ref = first(cells, 'indicatorId');
    if (ref && hasContent(ref)) {
      const text = trimText(cellText(ref.value));
      const full = normalizeIndicatorId(text);
      if (full) return (this.previous = full);
      const letter = indicatorLetter(text);
      if (letter && data.group !== null && data.section !== null) {
        const id = `${data.group}-${data.section}-${letter.letter}${letter.sub ? `-${letter.sub}` : ''}`;
        return (this.previous = id);
      }
      if (!isCellError(ref.value)) {
        findings.push(
          makeFinding(
            'indicator.idUnreadable',
            { sheet: this.sheet, row: ref.row, col: ref.col, field: 'indicatorId' },
            text,
          ),
        );
      }
      this.previous = null;
      return null;
    }
    if (blockId) return blockId;
    return this.continueBlank ? this.previous : null;
  }

  /**
   * Catalogue indicators with numbered sub-indicators (2-1-ア-①②③) written as one id over several rows
   * get their numbers in row order: the n-th row of 2-1-ア in a ward is 2-1-ア-ⓝ.
   */
  numbered(base: string | null, ward: string | null): string | null {
    if (base === null || this.catalogueIds.has(base) || !this.catalogueIds.has(`${base}-①`)) return base;
    const key = `${ward ?? ''}|${base}`;
    const n = (this.subCounters.get(key) ?? 0) + 1;
    this.subCounters.set(key, n);
    return `${base}-${circledNumber(n)}`;
  }
}
