import type { ChartBlock, SummaryGrid } from '../core/report/grids';

export type { ChartBlock } from '../core/report/grids';

/**
 * The chart beside Table 2 on 集計, as the report model placed it (src/core/report/grids.ts): its data
 * block (one row per counted indicator, 目標達成 / 概ね順調 without the achieved / 必ずしも順調ではない /
 * 未測定, each a formula over Table 2's cells) and its title. Null for a grid without a chart.
 */
export function chartBlock(grid: SummaryGrid): ChartBlock | null {
  return grid.chart ?? null;
}
