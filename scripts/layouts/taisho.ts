import type ExcelJS from 'exceljs';
import { address, headerCell, PLAN_HEADERS, setCell, writeTitle, type PlanColumns, type Value } from './common';

/**
 * 大正区's initiative sheets (seed 001): one block per 取組項目, each with three stages laid out as small
 * tables: 計画 (方針, 取組内容, 業績目標), 中間振り返り (実施見込み, 達成見込み, 課題と改善策) and 自己評価
 * (取組実績, 目標の達成状況, 課題と改善策).
 */
export interface TaishoItem extends PlanColumns {
  /**
   * A catalogue indicator id ("1-1-ア") when the item carries a policy indicator (区政編 改革の柱1-ア):
   * written as a 指標番号 column of the plan stage; the reader then treats the item as that indicator's case.
   */
  readonly indicatorId?: string;
  readonly number: number;
  readonly title: string;
  readonly policy?: string;
  readonly content?: string;
  /** 業績目標: "…の割合：30%以上". */
  readonly activityTarget: Value;
  readonly implementationOutlook?: Value;
  readonly achievementOutlook?: Value;
  readonly midExplanation?: Value;
  readonly actual: Value;
  readonly mark: Value;
  readonly explanation?: Value;
}

export interface TaishoPlacement {
  cell(
    item: number,
    column:
      | 'activityTarget'
      | 'implementationOutlook'
      | 'achievementOutlook'
      | 'midExplanation'
      | 'actual'
      | 'mark'
      | 'explanation',
  ): string;
}

export function writeTaishoSheet(
  ws: ExcelJS.Worksheet,
  items: readonly TaishoItem[],
  options: { readonly title?: readonly string[] } = {},
): TaishoPlacement {
  let row = writeTitle(ws, options.title ?? [], 1) + 1;
  const cells: Record<string, string>[] = [];
  for (const item of items) {
    setCell(ws, row, 1, `取組項目${item.number}`);
    setCell(ws, row, 2, `【${item.title}】`);
    ws.getCell(row, 1).font = { bold: true };
    row++;
    headerCell(ws, row, 1, '計画');
    headerCell(ws, row, 2, '取組の方針・目標内容');
    headerCell(ws, row, 3, '当年度の取組内容');
    headerCell(ws, row, 4, '業績目標');
    if (item.indicatorId !== undefined) headerCell(ws, row, 5, '指標番号');
    row++;
    if (item.indicatorId !== undefined) setCell(ws, row, 5, item.indicatorId);
    setCell(ws, row, 2, item.policy ?? '(趣旨・目的) 区民とともに取組を進める。');
    setCell(ws, row, 3, item.content ?? '(取組の内容) 広報と説明会を行う。');
    setCell(ws, row, 4, item.activityTarget);
    const itemCells: Record<string, string> = { activityTarget: address(row, 4) };
    row++;
    headerCell(ws, row, 1, '中間振り返り');
    headerCell(ws, row, 2, '取組内容の実施見込み');
    headerCell(ws, row, 3, '目標の達成見込み');
    headerCell(ws, row, 4, '課題と改善策\n左記が「×」の場合は必須');
    row++;
    setCell(ws, row, 2, item.implementationOutlook ?? '実施見込み');
    setCell(ws, row, 3, item.achievementOutlook ?? '達成見込み');
    setCell(ws, row, 4, item.midExplanation ?? null);
    itemCells.implementationOutlook = address(row, 2);
    itemCells.achievementOutlook = address(row, 3);
    itemCells.midExplanation = address(row, 4);
    row++;
    headerCell(ws, row, 1, '自己評価');
    headerCell(ws, row, 2, '当年度の取組実績');
    headerCell(ws, row, 3, '目標の達成状況');
    headerCell(ws, row, 4, '課題と改善策\n左記が「×」の場合は必須');
    const plan = item.listedInPlan !== undefined || item.implementation !== undefined;
    if (plan) {
      headerCell(ws, row, 5, PLAN_HEADERS.listedInPlan);
      headerCell(ws, row, 6, PLAN_HEADERS.implementation);
    }
    row++;
    if (plan) {
      setCell(ws, row, 5, item.listedInPlan ?? null);
      setCell(ws, row, 6, item.implementation ?? null);
    }
    setCell(ws, row, 2, item.actual);
    setCell(ws, row, 3, item.mark);
    setCell(ws, row, 4, item.explanation ?? null);
    itemCells.actual = address(row, 2);
    itemCells.mark = address(row, 3);
    itemCells.explanation = address(row, 4);
    cells.push(itemCells);
    row += 2;
  }
  [1, 2, 3, 4].forEach((col) => {
    ws.getColumn(col).width = col === 1 ? 14 : 36;
  });
  return { cell: (item, column) => cells[item]?.[column] ?? '' };
}
