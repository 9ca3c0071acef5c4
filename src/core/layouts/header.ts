import { REPEATABLE_FIELDS, type Field } from './fields';
import type { SheetGrid } from './grid';
import { HeaderMatcher, type HeaderMatch } from './match';
import { isBlank } from './normalize';

/** One column of a table and what it means. */
export interface ColumnAssignment {
  /** 0-based sheet column. */
  readonly col: number;
  readonly field: Field;
  /** The header text as written (merged and multi-row headers joined with " / "). */
  readonly header: string;
  readonly score: number;
}

/** A header row (or block of header rows) and the columns it maps. Rows are 0-based sheet rows. */
export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly ColumnAssignment[];
  /** Columns whose header names a field already taken by a better-matching column. */
  readonly duplicates: readonly ColumnAssignment[];
  /** 0–1: how well the header's wordings matched the dictionary. */
  readonly confidence: number;
}

const WEAK_FIELDS: ReadonlySet<Field> = new Set<Field>(['stage', 'context']);

interface RowMatch {
  readonly col: number;
  readonly text: string;
  readonly match: HeaderMatch;
}

const NO_MATCHES: readonly RowMatch[] = [];

/**
 * The cells of a row that read as header wordings. Most rows are data that match none: for them no
 * list is allocated (the one shared empty list is returned), which is what keeps header detection
 * cheap on 100,000-row sheets.
 */
function rowMatches(grid: SheetGrid, row: number, matcher: HeaderMatcher): readonly RowMatch[] {
  const values = grid.rowValues(row);
  let found: RowMatch[] | null = null;
  for (let offset = 0; offset < values.length; offset++) {
    const value = values[offset];
    if (typeof value !== 'string') continue;
    const match = matcher.match(value);
    if (match) (found ??= []).push({ col: grid.originCol + offset, text: value, match });
  }
  return found ?? NO_MATCHES;
}

function firstNonBlankCol(grid: SheetGrid, row: number): number | null {
  const values = grid.rowValues(row);
  for (let offset = 0; offset < values.length; offset++) {
    if (!isBlank(values[offset])) return grid.originCol + offset;
  }
  return null;
}

/**
 * A header row names at least two different meaningful fields, or it is a stage row of a form layout
 * ("P | 業績目標", "自己評価 | 実績 …") whose stage label comes first.
 */
export function isHeaderRow(grid: SheetGrid, row: number, matcher: HeaderMatcher): boolean {
  const matches = rowMatches(grid, row, matcher);
  if (matches.length < 2) return false;
  const strong = new Set(matches.filter((m) => !WEAK_FIELDS.has(m.match.field)).map((m) => m.match.field));
  if (strong.size >= 2) return true;
  const first = firstNonBlankCol(grid, row);
  return matches.some((m) => m.col === first && m.match.field === 'stage');
}

/** A row under a header whose every filled cell is itself a header wording (個別 | 全体 under 戦略の進捗状況). */
function isSubHeaderRow(grid: SheetGrid, row: number, matcher: HeaderMatcher): boolean {
  const matches = rowMatches(grid, row, matcher);
  if (matches.length === 0) return false;
  let filled = 0;
  for (const value of grid.rowValues(row)) if (!isBlank(value)) filled++;
  return filled === matches.length;
}

/**
 * A row the header's own merges reach into continues the header: 区名 merged over two rows beside
 * 実績 merged over two columns, with 27年度 | 前年度 below it. Some cell of the row is covered by a
 * merge that starts in the header, and every other filled cell sits under a header cell merged across
 * columns (a section heading under a merged 項目 is data: no merge reaches into its row).
 */
function isMergedContinuation(grid: SheetGrid, row: number, top: number): boolean {
  let reached = false;
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.top < row) {
      if (merge.top < top) return false;
      reached = true;
      continue;
    }
    const value = grid.value(row, col);
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const above = grid.mergeAt(row - 1, col);
    if (!above || above.right === above.left || above.bottom !== row - 1) return false;
  }
  return reached;
}

/** Finds every header block on the sheet, top to bottom (several tables on one sheet). */
export function findHeaderBlocks(grid: SheetGrid, matcher = new HeaderMatcher()): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let top: number | null = null;
  for (let row = grid.firstRow; row <= grid.endRow; row++) {
    const header =
      row < grid.endRow &&
      (isHeaderRow(grid, row, matcher) ||
        (top !== null && (isSubHeaderRow(grid, row, matcher) || isMergedContinuation(grid, row, top))));
    if (header && top === null) top = row;
    if (!header && top !== null) {
      // A group row right above the header ("計画 | 自己評価" over merged columns) belongs to it.
      const floor = blocks.length > 0 ? (blocks[blocks.length - 1]?.bottom ?? -1) + 1 : grid.firstRow;
      const start = top - 1 >= floor && isSubHeaderRow(grid, top - 1, matcher) ? top - 1 : top;
      blocks.push(assignColumns(grid, start, row - 1, matcher));
      top = null;
    }
  }
  return blocks;
}

interface Candidate {
  readonly row: number;
  readonly field: Field;
  readonly score: number;
  readonly text: string;
}

function candidatesFor(grid: SheetGrid, top: number, bottom: number, col: number, matcher: HeaderMatcher): Candidate[] {
  const candidates: Candidate[] = [];
  for (let row = top; row <= bottom; row++) {
    const merge = grid.mergeAt(row, col);
    const anchorRow = merge ? merge.top : row;
    const anchorCol = merge ? merge.left : col;
    const value = grid.value(anchorRow, anchorCol);
    if (typeof value !== 'string') continue;
    const match = matcher.match(value);
    if (!match) continue;
    let field: Field | null = match.field;
    if (match.span && merge && merge.right > merge.left) field = match.span[col - merge.left] ?? null;
    if (field) candidates.push({ row, field, score: match.score, text: value.replace(/\s+/g, ' ').trim() });
  }
  return candidates;
}

/** Resolves each column of a header block to one field; the deepest header row is the most specific. */
export function assignColumns(
  grid: SheetGrid,
  top: number,
  bottom: number,
  matcher = new HeaderMatcher(),
): HeaderBlock {
  const chosen: ColumnAssignment[] = [];
  let nonBlankHeaders = 0;
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    let anyText = false;
    for (let row = top; row <= bottom; row++) {
      const merge = grid.mergeAt(row, col);
      const value = merge ? grid.value(merge.top, merge.left) : grid.value(row, col);
      if (typeof value === 'string' && value.trim() !== '') anyText = true;
    }
    if (anyText) nonBlankHeaders++;
    const candidates = candidatesFor(grid, top, bottom, col, matcher);
    const best = candidates.reduce<Candidate | null>(
      (acc, c) => (acc === null || c.row > acc.row || (c.row === acc.row && c.score > acc.score) ? c : acc),
      null,
    );
    if (best) {
      const header = [...new Set(candidates.map((c) => c.text))].join(' / ');
      chosen.push({ col, field: best.field, header, score: best.score });
    }
  }
  const columns: ColumnAssignment[] = [];
  const duplicates: ColumnAssignment[] = [];
  for (const assignment of chosen) {
    if (REPEATABLE_FIELDS.includes(assignment.field)) {
      columns.push(assignment);
      continue;
    }
    const rival = chosen.find(
      (other) =>
        other !== assignment &&
        other.field === assignment.field &&
        (other.score > assignment.score || (other.score === assignment.score && other.col < assignment.col)),
    );
    if (rival) duplicates.push(assignment);
    else columns.push(assignment);
  }
  const meanScore = columns.length === 0 ? 0 : columns.reduce((sum, c) => sum + c.score, 0) / columns.length;
  const coverage = nonBlankHeaders === 0 ? 0 : Math.min(1, (columns.length + duplicates.length) / nonBlankHeaders);
  const confidence = Math.round(meanScore * Math.sqrt(coverage) * 100) / 100;
  return { top, bottom, columns, duplicates, confidence };
}
