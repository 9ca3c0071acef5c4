import type { GridCell, SummaryGrid } from '../core/aggregate/summary-sheets';
import { columnLetters } from '../core/address';

/**
 * The data behind the chart of statuses per indicator, beside Table 2 on 集計: one row per counted
 * indicator, its four statuses as disjoint parts (so the bars stack to the indicator's cases):
 * 目標達成, 概ね順調 without the achieved ones, 必ずしも順調ではない, 未測定. Each cell is a formula
 * over Table 2's own cells, so the chart follows 全区一覧 like the table does.
 */
export const CHART_HEADER = [
  '指標番号',
  '目標達成',
  '概ね順調（目標達成を除く）',
  '必ずしも順調ではない',
  '未測定',
] as const;

export interface ChartBlock {
  /** Top-left cell of the block (its header row), e.g. "J4". */
  readonly column: number;
  readonly headerRow: number;
  /** Header then one row per counted indicator, from `headerRow` down. */
  readonly rows: readonly (readonly GridCell[])[];
  /** The block's A1 range, the chart's source. */
  readonly range: string;
  readonly title: string;
}

function resultOf(cell: GridCell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (cell && typeof cell === 'object') return cell.result;
  return 0;
}

/** Null when the grid has no Table 2 header (a 集計 laid out differently). */
export function chartBlock(summary: SummaryGrid, gapColumns = 1): ChartBlock | null {
  const headerIndex = summary.rows.findIndex((row) => row[0] === '指標番号' && row[2] === '件数');
  if (headerIndex < 0) return null;
  const width = summary.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const column = width + gapColumns;
  const letters = (offset: number): string => columnLetters(column + offset);
  const rows: GridCell[][] = [[...CHART_HEADER]];
  for (let index = headerIndex + 1; index < summary.rows.length; index++) {
    const row = summary.rows[index] ?? [];
    if (row[0] === '計' || row.length === 0) break;
    // Reference-only indicators have no status counts (D is empty): they are not charted.
    if (row[3] === null || row[3] === undefined) continue;
    const r = index + 1;
    const onTrack = resultOf(row[3]);
    const achieved = resultOf(row[4]);
    rows.push([
      // The indicator id as text: it labels the bar (a formula would do, but labels never change).
      typeof row[0] === 'string' ? row[0] : typeof row[0] === 'number' ? String(row[0]) : '',
      { formula: `E${r}`, result: achieved },
      { formula: `D${r}-E${r}`, result: onTrack - achieved },
      { formula: `F${r}`, result: resultOf(row[5]) },
      { formula: `G${r}`, result: resultOf(row[6]) },
    ]);
  }
  const headerRow = headerIndex + 1;
  return {
    column,
    headerRow,
    rows,
    range: `${letters(0)}${headerRow}:${letters(CHART_HEADER.length - 1)}${headerRow + rows.length - 1}`,
    title: '指標別の状況（件数）',
  };
}
