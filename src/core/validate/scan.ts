import { foldWidth } from '../text';
import { isCellError, type CellValue } from '../cell';
import type { HeaderBlock } from '../layouts/header';
import type { SheetGrid } from '../layouts/grid';
import { groupHeading, normalizeIndicatorId, sectionHeading } from '../layouts/indicator-id';
import type { SheetMarker } from '../layouts/layout';
import { HeaderMatcher } from '../layouts/match';
import { isBlank, isBlankText } from '../layouts/normalize';
import { wardMentionedIn } from '../layouts/wards';

/** A 決算額/予算額 pair found in a block ("4決算額 | 77百万円"). */
export interface BudgetCell {
  readonly label: string;
  readonly value: CellValue;
  readonly row: number;
  readonly col: number;
}

/** A block of a sheet: one 取組項目, one 経営課題, one PDCA indicator; the whole sheet when none. */
export interface SheetBlock {
  readonly title: string | null;
  /** Indicator id given by the block title ("1-1-ア 人と人との…"). */
  readonly indicatorId: string | null;
  readonly budgets: BudgetCell[];
}

export interface DataRow {
  readonly row: number;
  readonly table: number;
  readonly block: number;
  /** Section headings above the row ("1 「…」に向けて", "(2) …") that give an id's first two parts. */
  readonly group: number | null;
  readonly section: number | null;
}

export interface SheetScan {
  readonly dataRows: DataRow[];
  readonly blocks: SheetBlock[];
  readonly markers: Set<SheetMarker>;
  /** Ward named in a title above the first table. */
  readonly titleWard: string | null;
  /** Rows not read because the sheet is larger than the reader's limit (null when all were read). */
  readonly truncatedAt: number | null;
}

/** More data rows than any ward sheet holds; beyond it a finding says the rest was not read. */
export const MAX_DATA_ROWS = 100_000;

const BUDGET_LABEL = /^(?:(?:令和|平成|R|H)?\s*\d{0,2}\s*(?:年度)?)\s*(決算額|予算額)\s*$/i;
const BUDGET_INLINE = /^((?:(?:令和|平成|R|H)?\s*\d{0,2}\s*(?:年度)?)\s*(?:決算額|予算額))\s*(\S.*)$/i;
const INITIATIVE_TITLE = /^\s*(取組項目|経営課題)\s*[0-9０-９]/;
const LEGEND = /(^|\s)[A-Za-zＡ-Ｚａ-ｚアイ○×◯]\s*[:：]\s*\S/;
const PDCA_STAGES = new Set(['P', 'D', 'C', 'A']);

function textOf(value: CellValue | undefined): string | null {
  return typeof value === 'string' && !isBlankText(value) ? value : null;
}

/** How many cells of a row are filled, and the first two of them: all that most rows are asked. */
interface FilledSummary {
  readonly count: number;
  readonly firstOffset: number;
  readonly first: CellValue;
  readonly second: CellValue;
}

/** A row's filled cells counted, without building a list of them (most rows need only this). */
function summarizeFilled(values: readonly CellValue[]): FilledSummary {
  let count = 0;
  let firstOffset = -1;
  let first: CellValue = null;
  let second: CellValue = null;
  for (let offset = 0; offset < values.length; offset++) {
    const value = values[offset] ?? null;
    if (isBlank(value)) continue;
    if (count === 0) {
      firstOffset = offset;
      first = value;
    } else if (count === 1) second = value;
    count++;
  }
  return { count, firstOffset, first, second };
}

/** A legend under a header ("A：達成 B：未達成"): every filled cell is text without a figure, one explains a mark. */
function isLegendRow(values: readonly CellValue[]): boolean {
  const cells = values.filter((value) => !isBlank(value));
  return (
    cells.length > 0 &&
    cells.every((value) => typeof value === 'string' && !isCellError(value)) &&
    cells.some((value) => typeof value === 'string' && LEGEND.test(value)) &&
    cells.every((value) => typeof value === 'string' && !/\d/.test(value))
  );
}

function budgetCells(grid: SheetGrid, row: number, values: readonly CellValue[]): BudgetCell[] {
  const found: BudgetCell[] = [];
  for (let offset = 0; offset < values.length; offset++) {
    const text = textOf(values[offset]);
    if (!text || text.length > 30 || !text.includes('算額')) continue;
    const col = grid.originCol + offset;
    if (BUDGET_LABEL.test(text)) {
      found.push({ label: text.trim(), value: values[offset + 1] ?? null, row, col: col + 1 });
      continue;
    }
    const inline = BUDGET_INLINE.exec(text);
    if (inline) found.push({ label: (inline[1] ?? '').trim(), value: (inline[2] ?? '').trim(), row, col });
  }
  return found;
}

/**
 * Walks the sheet once, top to bottom: header blocks start tables; between and inside them, titles,
 * section headings, block titles, budget pairs and legends are context, everything else is a data
 * row of the table above it. Linear in the number of cells.
 */
export function scanSheet(grid: SheetGrid, headers: readonly HeaderBlock[], matcher = new HeaderMatcher()): SheetScan {
  const dataRows: DataRow[] = [];
  const blocks: SheetBlock[] = [{ title: null, indicatorId: null, budgets: [] }];
  const markers = new Set<SheetMarker>();
  let titleWard: string | null = null;
  let group: number | null = null;
  let section: number | null = null;
  let table = -1;
  let headerIndex = 0;
  let rowsSinceHeader = 0;
  let truncatedAt: number | null = null;

  for (let row = grid.firstRow; row < grid.endRow; row++) {
    const next = headers[headerIndex];
    if (next && row === next.top) {
      table = headerIndex;
      headerIndex++;
      row = next.bottom;
      rowsSinceHeader = 0;
      for (let col = grid.firstCol; col < grid.endCol; col++) {
        const stage = foldWidth(textOf(grid.value(next.top, col))?.trim() ?? '').toUpperCase();
        if (stage && PDCA_STAGES.has(stage)) markers.add('pdcaStage');
      }
      continue;
    }
    rowsSinceHeader++;
    const values = grid.rowValues(row);
    const filled = summarizeFilled(values);
    if (filled.count === 0) continue;
    const first = textOf(filled.first);
    const second = filled.count > 1 ? textOf(filled.second) : null;

    if (first && filled.count <= 2 && INITIATIVE_TITLE.test(first)) {
      markers.add(first.includes('経営課題') ? 'budget' : 'initiativeBlock');
      blocks.push({ title: [first, second].filter(Boolean).join(' '), indicatorId: null, budgets: [] });
      continue;
    }
    if (first && filled.count <= 2) {
      const idTitle = /^(\S+)\s+\S/.exec(first.trim());
      const titleId = idTitle ? normalizeIndicatorId(idTitle[1] ?? '') : null;
      if (titleId && !(second && /\d/.test(second))) {
        blocks.push({ title: first, indicatorId: titleId, budgets: [] });
        continue;
      }
      const headingText = second ?? '';
      const groupNo = groupHeading(first);
      if (groupNo !== null && (filled.count === 1 || /^[「『]|向けて/.test(headingText))) {
        group = groupNo;
        section = null;
        markers.add('sectionHeading');
        continue;
      }
      const sectionNo = sectionHeading(first);
      if (sectionNo !== null && (filled.count === 1 || !/\d/.test(headingText))) {
        section = sectionNo;
        continue;
      }
    }
    // Label rows of a plan block ("課題認識 | …", "主な戦略 | …") describe it; they are not data.
    if (first && filled.count <= 2 && filled.firstOffset === 0) {
      const label = matcher.match(first);
      if (label && label.score === 1 && (label.field === 'context' || label.field === 'stage')) continue;
    }
    const budgets = budgetCells(grid, row, values);
    if (budgets.length > 0) {
      markers.add('budget');
      const budgetsOfBlock = blocks[blocks.length - 1]?.budgets;
      if (budgetsOfBlock) for (const budget of budgets) budgetsOfBlock.push(budget);
      continue;
    }
    if (rowsSinceHeader <= 2 && table >= 0 && isLegendRow(values)) continue;
    if (table < 0) {
      if (titleWard === null) {
        for (const value of values) {
          const text = textOf(value);
          const ward = text && text.length <= 200 ? wardMentionedIn(text) : null;
          if (ward) {
            titleWard = ward;
            break;
          }
        }
      }
      continue;
    }
    // A lone text in a table of several columns is a caption (the next table's title), not a record.
    const current = headers[table];
    if (filled.count === 1 && typeof filled.first === 'string' && current && current.columns.length >= 3) {
      const col = grid.originCol + filled.firstOffset;
      const field = current.columns.find((column) => column.col === col)?.field;
      if (field !== 'actual') continue;
    }
    if (dataRows.length >= MAX_DATA_ROWS) {
      truncatedAt = row;
      break;
    }
    dataRows.push({ row, table, block: blocks.length - 1, group, section });
  }
  return { dataRows, blocks, markers, titleWard, truncatedAt };
}
