import type ExcelJS from 'exceljs';
import {
  address,
  hasPlanColumns,
  headerCell,
  PLAN_HEADERS,
  setCell,
  writeTitle,
  type PlanColumns,
  type Value,
} from './common';

/**
 * 西区's ward plan layout (seed 002): one block per 経営課題 with its 決算額/予算額 by year as label–value
 * pairs, 課題認識 and 主な戦略 label rows, then the outcome table: アウトカム指標 (the indicator with its
 * target after a colon), the year's actual and A/B mark under one merged header, and 前年度実績.
 */
export interface NishiIndicator extends PlanColumns {
  /** A catalogue indicator id ("1-1-ア") when the plan's indicator is one of the city policy's: an extra 指標番号 column. */
  readonly indicatorId?: string;
  /** "・…の割合：48%以上" as the plan writes it (target after the colon). */
  readonly measure: string;
  readonly actual: Value;
  readonly mark: Value;
  readonly previous: Value;
}

export interface NishiBlock {
  readonly title: string;
  /** [label, amount]: ["4決算額", "77百万円"]. */
  readonly budgets: readonly (readonly [string, Value])[];
  readonly issue?: string;
  readonly strategy?: string;
  readonly indicators: readonly NishiIndicator[];
}

export interface NishiPlacement {
  readonly headerRows: readonly number[];
  /** Cell of indicator `index` of block `block`. */
  cell(block: number, index: number, column: 'measure' | 'actual' | 'mark' | 'previous'): string;
  budgetCell(block: number, index: number): string;
}

const COLUMN = {
  measure: 1,
  actual: 2,
  mark: 3,
  previous: 4,
  listedInPlan: 5,
  implementation: 6,
  indicatorId: 7,
} as const;

export function writeNishiSheet(
  ws: ExcelJS.Worksheet,
  blocks: readonly NishiBlock[],
  options: { readonly title?: readonly string[]; readonly reportYear?: number } = {},
): NishiPlacement {
  let row = writeTitle(ws, options.title ?? [], 1) + 1;
  const yearNo = options.reportYear ?? 6;
  const headerRows: number[] = [];
  const rowsOf: number[][] = [];
  const budgetCells: string[][] = [];
  for (const block of blocks) {
    setCell(ws, row, 1, block.title);
    ws.getCell(row, 1).font = { bold: true };
    row++;
    const amounts: string[] = [];
    block.budgets.forEach(([label, amount], index) => {
      setCell(ws, row, 1 + index * 2, label);
      setCell(ws, row, 2 + index * 2, amount);
      amounts.push(address(row, 2 + index * 2));
    });
    budgetCells.push(amounts);
    row++;
    setCell(ws, row, 1, '課題認識');
    setCell(ws, row, 2, block.issue ?? '地域の実情に応じた支援を続ける必要がある。');
    row++;
    setCell(ws, row, 1, '主な戦略');
    setCell(ws, row, 2, block.strategy ?? '関係機関と連携して取組を進める。');
    row++;
    headerRows.push(row);
    headerCell(ws, row, COLUMN.measure, 'アウトカム指標\n(目標)');
    headerCell(ws, row, COLUMN.actual, `${yearNo}年度実績と達成状況\n※A:達成 B:未達成`);
    ws.mergeCells(row, COLUMN.actual, row, COLUMN.mark);
    headerCell(ws, row, COLUMN.previous, '前年度実績');
    const plan = hasPlanColumns(block.indicators);
    if (plan) {
      headerCell(ws, row, COLUMN.listedInPlan, PLAN_HEADERS.listedInPlan);
      headerCell(ws, row, COLUMN.implementation, PLAN_HEADERS.implementation);
    }
    const ids = block.indicators.some((indicator) => indicator.indicatorId !== undefined);
    if (ids) headerCell(ws, row, COLUMN.indicatorId, '指標番号');
    row++;
    const rows: number[] = [];
    for (const indicator of block.indicators) {
      rows.push(row);
      setCell(ws, row, COLUMN.measure, indicator.measure);
      setCell(ws, row, COLUMN.actual, indicator.actual);
      setCell(ws, row, COLUMN.mark, indicator.mark);
      setCell(ws, row, COLUMN.previous, indicator.previous);
      if (plan) {
        setCell(ws, row, COLUMN.listedInPlan, indicator.listedInPlan ?? null);
        setCell(ws, row, COLUMN.implementation, indicator.implementation ?? null);
      }
      if (ids) setCell(ws, row, COLUMN.indicatorId, indicator.indicatorId ?? null);
      row++;
    }
    rowsOf.push(rows);
    row++;
  }
  ws.getColumn(1).width = 60;
  return {
    headerRows,
    cell: (block, index, column) => address(rowsOf[block]?.[index] ?? 0, COLUMN[column]),
    budgetCell: (block, index) => budgetCells[block]?.[index] ?? '',
  };
}
