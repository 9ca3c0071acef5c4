import type ExcelJS from 'exceljs';
import {
  address,
  baseId,
  hasPlanColumns,
  PLAN_HEADERS,
  type PlanColumns,
  circledLetter,
  headerCell,
  idParts,
  POLICY_GROUPS,
  POLICY_SECTIONS,
  setCell,
  writeTitle,
  type Value,
} from './common';

/**
 * 福島区's layout (seed 004): an indicator progress table (項目, 成果指標と目標値, アウトカム, marks 個別/全体/
 * 戦略, 課題, 改善策) and an initiative table (業績目標, 撤退基準, 取組実績, 達成状況, 有効性), with section
 * headings ("1 「…」に向けて", "(1) …") giving the ids and merged two-column headers (項目, 成果指標と目標値).
 */
export interface FukushimaIndicatorRow extends PlanColumns {
  /** Indicator id ("2-1-ア" or "2-1-ア-②"); the writer prints its letter (㋐) and the section headings. */
  readonly id: string;
  readonly name: string;
  readonly measure: string;
  readonly target: Value;
  /**
   * Continues the indicator of the row above (2-1-ア's second measure): 項目 left blank. Defaults to
   * true when the row has the same base id as the row above ("2-1-ア-②" after "2-1-ア-①").
   */
  readonly continuation?: boolean;
  readonly state?: string;
  /** アウトカム: one outcome per line, each "…:平成27年度までに60%以上". */
  readonly outcome?: string;
  readonly strategy?: string;
  readonly effectiveness?: Value;
  /** One actual per outcome line ("49.6%\n61.8%"). */
  readonly actual: Value;
  readonly previous?: Value;
  readonly mark?: Value;
  readonly overall?: Value;
  readonly strategyMark?: Value;
  readonly issue?: Value;
  readonly improvement?: Value;
}

export const FUKUSHIMA_INDICATOR_COLUMNS = {
  item: 1,
  name: 2,
  measure: 3,
  target: 4,
  state: 5,
  outcome: 6,
  strategy: 7,
  effectiveness: 8,
  actual: 9,
  previous: 10,
  mark: 11,
  overall: 12,
  strategyMark: 13,
  issue: 14,
  improvement: 15,
  listedInPlan: 16,
  implementation: 17,
} as const;

export interface TablePlacement<K extends string> {
  readonly headerRow: number;
  readonly nextRow: number;
  cell(index: number, column: K): string;
}

function writeHeadings(ws: ExcelJS.Worksheet, id: string, row: number, seen: Set<string>, split: boolean): number {
  const { group, section } = idParts(id);
  let next = row;
  if (!seen.has(`${group}`)) {
    seen.add(`${group}`);
    if (split) {
      setCell(ws, next, 1, String(group));
      setCell(ws, next, 2, POLICY_GROUPS[group] ?? '');
    } else setCell(ws, next, 1, `${group} ${POLICY_GROUPS[group] ?? ''}`);
    next++;
  }
  if (!seen.has(`${group}-${section}`)) {
    seen.add(`${group}-${section}`);
    if (split) {
      setCell(ws, next, 1, `(${section})`);
      setCell(ws, next, 2, POLICY_SECTIONS[`${group}-${section}`] ?? '');
    } else setCell(ws, next, 1, `(${section}) ${POLICY_SECTIONS[`${group}-${section}`] ?? ''}`);
    next++;
  }
  return next;
}

export function writeFukushimaIndicatorTable(
  ws: ExcelJS.Worksheet,
  rows: readonly FukushimaIndicatorRow[],
  options: { readonly startRow?: number; readonly title?: readonly string[] } = {},
): TablePlacement<keyof typeof FUKUSHIMA_INDICATOR_COLUMNS> {
  const C = FUKUSHIMA_INDICATOR_COLUMNS;
  let row = writeTitle(ws, options.title ?? [], options.startRow ?? 1);
  // Group row above the header: 計画 / 自己評価 (merged).
  headerCell(ws, row, C.state, '計画');
  ws.mergeCells(row, C.state, row, C.strategy);
  headerCell(ws, row, C.effectiveness, '自己評価');
  ws.mergeCells(row, C.effectiveness, row, C.improvement);
  row++;
  const headerRow = row;
  headerCell(ws, row, C.item, '項目');
  ws.mergeCells(row, C.item, row, C.name);
  headerCell(ws, row, C.measure, '成果指標と目標値');
  ws.mergeCells(row, C.measure, row, C.target);
  headerCell(ws, row, C.state, 'めざす状態');
  headerCell(ws, row, C.outcome, 'アウトカム');
  headerCell(ws, row, C.strategy, '戦略');
  headerCell(ws, row, C.effectiveness, '戦略のアウトカムに対する\n有効性');
  headerCell(ws, row, C.actual, 'アウトカムの\n達成状況');
  headerCell(ws, row, C.previous, '前年度');
  headerCell(ws, row, C.mark, '個別');
  headerCell(ws, row, C.overall, '全体');
  headerCell(ws, row, C.strategyMark, '戦略の\n進捗状況');
  headerCell(ws, row, C.issue, '課題');
  headerCell(ws, row, C.improvement, '今後の対応方向\n・改善策');
  const plan = hasPlanColumns(rows);
  if (plan) {
    headerCell(ws, row, C.listedInPlan, PLAN_HEADERS.listedInPlan);
    headerCell(ws, row, C.implementation, PLAN_HEADERS.implementation);
  }
  row++;
  // Legend row, as the template prints it under the header.
  setCell(ws, row, C.effectiveness, 'ア:有効であり、継続して推進\nイ:有効でないため、戦略を見直す');
  setCell(ws, row, C.mark, 'A:順調 B:順調でない');
  setCell(ws, row, C.strategyMark, 'a:順調 b:順調でない');
  row++;
  const seen = new Set<string>();
  const rowOf: number[] = [];
  let previous: string | null = null;
  for (const data of rows) {
    row = writeHeadings(ws, data.id, row, seen, false);
    rowOf.push(row);
    const continuation = data.continuation ?? baseId(data.id) === previous;
    previous = baseId(data.id);
    if (!continuation) {
      setCell(ws, row, C.item, circledLetter(idParts(data.id).letter));
      setCell(ws, row, C.name, data.name);
    }
    setCell(ws, row, C.measure, data.measure);
    setCell(ws, row, C.target, data.target);
    setCell(ws, row, C.state, data.state ?? '地域のつながりが実感できる状態');
    setCell(ws, row, C.outcome, data.outcome ?? null);
    setCell(ws, row, C.strategy, data.strategy ?? '区の取組を継続して進める。');
    setCell(ws, row, C.effectiveness, data.effectiveness ?? null);
    setCell(ws, row, C.actual, data.actual);
    setCell(ws, row, C.previous, data.previous ?? null);
    setCell(ws, row, C.mark, data.mark ?? null);
    setCell(ws, row, C.overall, data.overall ?? null);
    setCell(ws, row, C.strategyMark, data.strategyMark ?? null);
    setCell(ws, row, C.issue, data.issue ?? null);
    setCell(ws, row, C.improvement, data.improvement ?? null);
    if (plan) {
      setCell(ws, row, C.listedInPlan, data.listedInPlan ?? null);
      setCell(ws, row, C.implementation, data.implementation ?? null);
    }
    row++;
  }
  return { headerRow, nextRow: row, cell: (index, column) => address(rowOf[index] ?? 0, C[column]) };
}

export interface FukushimaInitiativeRow {
  readonly id: string;
  readonly name: string;
  readonly measure: string;
  readonly target: Value;
  readonly content?: string;
  /** 業績目標, e.g. "マッチング件数：1,000件以上". */
  readonly activityTarget: Value;
  /** 撤退基準, e.g. "マッチング件数が600件未満の場合は事業を再構築する". */
  readonly criterion: Value;
  readonly previous?: Value;
  readonly actual: Value;
  /** 目標達成 / 目標未達成 / 撤退基準未達成. */
  readonly mark: Value;
  /** ○ / ×. */
  readonly effectiveness?: Value;
  readonly issue?: Value;
  readonly improvement?: Value;
}

export const FUKUSHIMA_INITIATIVE_COLUMNS = {
  item: 1,
  name: 2,
  measure: 3,
  target: 4,
  content: 5,
  activityTarget: 6,
  criterion: 7,
  previous: 8,
  actual: 9,
  mark: 10,
  effectiveness: 11,
  issue: 12,
  improvement: 13,
} as const;

export function writeFukushimaInitiativeTable(
  ws: ExcelJS.Worksheet,
  rows: readonly FukushimaInitiativeRow[],
  options: { readonly startRow?: number; readonly title?: readonly string[] } = {},
): TablePlacement<keyof typeof FUKUSHIMA_INITIATIVE_COLUMNS> {
  const C = FUKUSHIMA_INITIATIVE_COLUMNS;
  let row = writeTitle(ws, options.title ?? [], options.startRow ?? 1);
  headerCell(ws, row, C.content, '計画');
  ws.mergeCells(row, C.content, row, C.criterion);
  headerCell(ws, row, C.previous, '具体的取組');
  ws.mergeCells(row, C.previous, row, C.improvement);
  row++;
  const headerRow = row;
  headerCell(ws, row, C.item, '項目');
  ws.mergeCells(row, C.item, row, C.name);
  headerCell(ws, row, C.measure, '成果指標と目標値');
  ws.mergeCells(row, C.measure, row, C.target);
  headerCell(ws, row, C.content, '取組内容');
  headerCell(ws, row, C.activityTarget, '業績目標');
  headerCell(ws, row, C.criterion, '撤退基準');
  headerCell(ws, row, C.previous, '前年度までの実績');
  headerCell(ws, row, C.actual, '取組実績');
  headerCell(ws, row, C.mark, '業績目標の\n達成状況');
  headerCell(ws, row, C.effectiveness, '戦略に対する取組の有効性');
  headerCell(ws, row, C.issue, '課題');
  headerCell(ws, row, C.improvement, '改善策');
  row++;
  setCell(ws, row, C.mark, '目標達成・目標未達成・撤退基準未達成から選択');
  setCell(ws, row, C.effectiveness, '○:有効 ×:有効でないため見直す');
  row++;
  const seen = new Set<string>();
  const rowOf: number[] = [];
  let previousId: string | null = null;
  for (const data of rows) {
    row = writeHeadings(ws, data.id, row, seen, true);
    rowOf.push(row);
    if (data.id !== previousId) {
      setCell(ws, row, C.item, circledLetter(idParts(data.id).letter));
      setCell(ws, row, C.name, data.name);
      setCell(ws, row, C.measure, data.measure);
      setCell(ws, row, C.target, data.target);
    }
    previousId = data.id;
    setCell(ws, row, C.content, data.content ?? '区の事業として取り組む。');
    setCell(ws, row, C.activityTarget, data.activityTarget);
    setCell(ws, row, C.criterion, data.criterion);
    setCell(ws, row, C.previous, data.previous ?? '－');
    setCell(ws, row, C.actual, data.actual);
    setCell(ws, row, C.mark, data.mark);
    setCell(ws, row, C.effectiveness, data.effectiveness ?? null);
    setCell(ws, row, C.issue, data.issue ?? null);
    setCell(ws, row, C.improvement, data.improvement ?? null);
    row++;
  }
  return { headerRow, nextRow: row, cell: (index, column) => address(rowOf[index] ?? 0, C[column]) };
}
