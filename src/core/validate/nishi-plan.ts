import { foldWidth } from '../text';
import type { CellValue } from '../cell';
import type { SheetGrid } from '../layouts/grid';
import { normalizeHeader } from '../layouts/normalize';
import type { SheetSnapshot } from '../snapshot';
import { formCell, type FormContext, type FormReading, type FormRecord, type SheetReader } from './form-reader';
import { linesOf, type CellRef, type RowCells } from './row-cells';
import { titleFacts } from './sheet-facts';

/**
 * The 西区 運営方針 form (seed 002, domain §7.2), described as data: one block per 経営課題, each a column
 * of labels (A) with their cells to the right. Targets are the bullet lines of the アウトカム指標 cell;
 * results are the rows under the 達成状況 caption, matched with the targets in list order; the mark sits
 * in the column the caption ends over (F) and 前年度実績 beside it (G). 課題認識 / 主な戦略 / 自己評価 /
 * 今後の方針 are prose: context, never checked as values.
 */
export const NISHI_PLAN = {
  /** A block title in column A: "経営課題1-(1) 地域コミュニティの活性化". */
  block: /^経営課題\s*[0-9]+\s*-\s*\(\s*[0-9]+\s*\)/,
  /** Labels (normalised) of the cell that lists the block's targets. */
  targets: ['アウトカム指標'],
  /** Labels (normalised) of the rows that hold the results. */
  results: ['アウトカム指標の達成状況'],
  /** The result rows' caption and the previous year's caption. */
  resultCaption: /年度実績と達成状況/,
  previousCaption: /前年度実績/,
  /** Budget labels: "4 決算額", "6予算額", alone (amount in the next cell) or with the amount. */
  budgetLabel: /^\s*([0-9]{1,2}\s*(?:決算額|予算額))\s*(.*)$/,
  /** Sections of the form that carry no figure to judge. */
  prose: ['課題認識', '主な戦略', '自己評価', '今後の方針', '目標', '使命'],
} as const;

function text(value: CellValue): string {
  return typeof value === 'string' ? foldWidth(value).trim() : '';
}

function labelIs(value: CellValue, labels: readonly string[]): boolean {
  const head = normalizeHeader(text(value).split('\n')[0] ?? '');
  return labels.some((label) => head === normalizeHeader(label) || head.startsWith(normalizeHeader(label)));
}

interface Block {
  readonly title: string;
  readonly top: number;
  readonly bottom: number;
}

function blocksOf(grid: SheetGrid): Block[] {
  const starts: { row: number; title: string }[] = [];
  for (let row = grid.firstRow; row < grid.endRow; row++) {
    const title = text(grid.value(row, grid.firstCol));
    if (NISHI_PLAN.block.test(title)) starts.push({ row, title });
  }
  return starts.map((start, index) => ({
    title: start.title,
    top: start.row,
    bottom: (starts[index + 1]?.row ?? grid.endRow) - 1,
  }));
}

/** The 前年度実績 / mark columns from the block's caption row: the caption's merge ends over the mark. */
function captionColumns(grid: SheetGrid, row: number): { mark: number | null; previous: number | null } {
  let mark: number | null = null;
  let previous: number | null = null;
  for (let col = grid.firstCol + 1; col < grid.endCol; col++) {
    const value = text(grid.value(row, col));
    if (NISHI_PLAN.resultCaption.test(value)) {
      const merge = grid.mergeAt(row, col);
      mark = merge ? merge.right : col;
    } else if (NISHI_PLAN.previousCaption.test(value)) previous = col;
  }
  return { mark, previous };
}

/** A result row's actual: a number typed in its own cell (E32), else the row's text cell (B16). */
function actualOf(grid: SheetGrid, row: number, markCol: number): CellRef {
  const textCell = formCell(grid, row, grid.firstCol + 1);
  for (let col = grid.firstCol + 2; col < markCol; col++) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left < col) continue;
    if (typeof grid.value(row, col) === 'number') return formCell(grid, row, col);
  }
  return textCell;
}

/** The lines of the targets cell that carry a figure, each as a ref to that line. */
function targetLines(ref: CellRef): CellRef[] {
  return linesOf(ref.value)
    .filter((line) => typeof line === 'string' && /[0-9０-９]/.test(line))
    .map((line, index) => ({ row: ref.row, col: ref.col, value: line, line: index + 1 }));
}

function readBlock(grid: SheetGrid, block: Block): { records: FormRecord[]; budgets: BudgetRef[] } {
  const records: FormRecord[] = [];
  const budgets: BudgetRef[] = [];
  let targets: CellRef | null = null;
  const results: { row: number; cells: RowCells }[] = [];
  let columns: { mark: number | null; previous: number | null } = { mark: null, previous: null };
  let inResults = false;
  for (let row = block.top + 1; row <= block.bottom; row++) {
    const label = grid.value(row, grid.firstCol);
    const anchored = grid.mergeAt(row, grid.firstCol);
    const labelValue = anchored && anchored.top < row ? grid.value(anchored.top, anchored.left) : label;
    for (const budget of budgetsOf(grid, row)) budgets.push(budget);
    if (labelIs(labelValue, NISHI_PLAN.results)) {
      if (!inResults) {
        inResults = true;
        columns = captionColumns(grid, row);
        continue;
      }
    } else inResults = false;
    if (labelIs(label, NISHI_PLAN.targets) && !labelIs(label, NISHI_PLAN.results)) {
      targets = formCell(grid, row, grid.firstCol + 1);
      continue;
    }
    if (inResults && columns.mark !== null) {
      const actual = actualOf(grid, row, columns.mark);
      const mark = formCell(grid, row, columns.mark);
      if (actual.value === null && mark.value === null) continue;
      const cells: RowCells = { actual: [actual], mark: [mark] };
      if (actual.col !== grid.firstCol + 1) cells.indicatorText = [formCell(grid, row, grid.firstCol + 1)];
      results.push({ row, cells });
    }
  }
  const lines = targets ? targetLines(targets) : [];
  results.forEach((result, index) => {
    // As many result rows as target lines: matched in order; one result row: every target line is its.
    const target = lines.length === results.length ? lines[index] : results.length === 1 ? targets : null;
    const cells: RowCells = target ? { ...result.cells, target: [target] } : result.cells;
    records.push({ row: result.row, indicatorId: null, kind: 'indicator', cells, markCovers: 'allMeasures' });
  });
  return { records, budgets };
}

/** A 決算額 / 予算額 of the block: the label and its amount (next cell, or after the label in one cell). */
export interface BudgetRef {
  readonly label: string;
  readonly ref: CellRef;
}

function budgetsOf(grid: SheetGrid, row: number): BudgetRef[] {
  const found: BudgetRef[] = [];
  for (let col = grid.firstCol + 1; col < grid.endCol; col++) {
    const match = NISHI_PLAN.budgetLabel.exec(text(grid.value(row, col)));
    if (!match) continue;
    const label = (match[1] ?? '').replace(/\s+/g, '');
    if ((match[2] ?? '').trim() !== '') {
      found.push({ label, ref: { row, col, value: (match[2] ?? '').trim() } });
    } else {
      found.push({ label, ref: formCell(grid, row, col + 1) });
    }
  }
  return found;
}

/** The 西区 運営方針 form reader: null on any sheet without its 経営課題 blocks. */
export const nishiPlanReader: SheetReader = (sheet: SheetSnapshot, context: FormContext): FormReading | null => {
  const { grid } = context;
  const blocks = blocksOf(grid);
  if (blocks.length === 0) return null;
  const records: FormRecord[] = [];
  const budgets: BudgetRef[] = [];
  for (const block of blocks) {
    const read = readBlock(grid, block);
    for (const record of read.records) records.push(record);
    for (const budget of read.budgets) budgets.push(budget);
  }
  if (records.length === 0) return null;
  void sheet;
  return {
    layout: 'nishi-outcome',
    records,
    findings: [],
    confidence: 0.9,
    facts: titleFacts(grid, blocks[0]?.top ?? grid.endRow),
    budgets,
  };
};
