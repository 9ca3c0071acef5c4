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
 * 此花区's PDCA sheets (seed 003): one block per indicator (title "1-1-ア …"), with P 業績目標, D 実績
 * (what was done), C 評価 (each measure with 目標 and 結果) and A 今年度反映した内容.
 */
export interface KonohanaMeasure extends PlanColumns {
  readonly measure: string;
  readonly target: Value;
  readonly result: Value;
}

export interface KonohanaBlock {
  /** Indicator id of the block ("2-1-ア"; numbered sub-indicators follow the C rows' order). */
  readonly id: string;
  readonly name: string;
  readonly plan?: string;
  readonly done?: string;
  readonly measures: readonly KonohanaMeasure[];
  readonly reflected?: string;
}

export interface KonohanaPlacement {
  cell(block: number, measure: number, column: 'measure' | 'target' | 'result'): string;
}

export function writeKonohanaSheet(
  ws: ExcelJS.Worksheet,
  blocks: readonly KonohanaBlock[],
  options: { readonly title?: readonly string[] } = {},
): KonohanaPlacement {
  let row = writeTitle(ws, options.title ?? [], 1) + 1;
  const cells: Record<string, string>[][] = [];
  for (const block of blocks) {
    setCell(ws, row, 1, `${block.id} ${block.name}`);
    ws.getCell(row, 1).font = { bold: true };
    row++;
    headerCell(ws, row, 1, 'P');
    headerCell(ws, row, 2, '業績目標(目標年次:29年度)');
    headerCell(ws, row, 3, '27年度取組計画');
    row++;
    setCell(
      ws,
      row,
      2,
      block.measures
        .map((m) => `${m.measure}:${typeof m.target === 'string' ? m.target.replace(/\s+/g, '') : ''}`)
        .join('\n'),
    );
    setCell(ws, row, 3, block.plan ?? '区民参加型の事業で取組を呼びかける');
    row++;
    headerCell(ws, row, 1, 'D');
    headerCell(ws, row, 2, '実施内容');
    row++;
    setCell(ws, row, 2, block.done ?? '区の行事で区民に呼びかけた');
    row++;
    headerCell(ws, row, 1, 'C');
    headerCell(ws, row, 2, '評価指標');
    headerCell(ws, row, 3, '目標');
    headerCell(ws, row, 4, '結果');
    const plan = hasPlanColumns(block.measures);
    if (plan) {
      headerCell(ws, row, 5, PLAN_HEADERS.listedInPlan);
      headerCell(ws, row, 6, PLAN_HEADERS.implementation);
    }
    row++;
    const measureCells: Record<string, string>[] = [];
    for (const measure of block.measures) {
      setCell(ws, row, 2, measure.measure);
      setCell(ws, row, 3, measure.target);
      setCell(ws, row, 4, measure.result);
      if (plan) {
        setCell(ws, row, 5, measure.listedInPlan ?? null);
        setCell(ws, row, 6, measure.implementation ?? null);
      }
      measureCells.push({ measure: address(row, 2), target: address(row, 3), result: address(row, 4) });
      row++;
    }
    cells.push(measureCells);
    headerCell(ws, row, 1, 'A');
    headerCell(ws, row, 2, '今年度反映した内容');
    row++;
    setCell(ws, row, 2, block.reflected ?? '取組の企画段階から区民の参加を増やす');
    row += 2;
  }
  [1, 2, 3, 4].forEach((col) => {
    ws.getColumn(col).width = col === 1 ? 8 : 40;
  });
  return { cell: (block, measure, column) => cells[block]?.[measure]?.[column] ?? '' };
}
