import type { CellValue } from '../cell';
import type { Finding } from '../finding';
import { cellAddress, columnLetters } from '../address';
import { FIELD_LABELS } from '../layouts/field-labels';
import type { Field } from '../layouts/fields';
import type { SheetGrid } from '../layouts/grid';
import type { ColumnAssignment, HeaderBlock } from '../layouts/header';
import { isBlankText } from '../layouts/normalize';
import { cellText } from '../text';
import { valuePart } from './embedded';
import { makeFinding } from './finding-builder';
import { readChoiceList, readDeclaredMark } from './marks';

/**
 * Content confirms the header (issue 12 §2). A header says what a column should hold; its cells say what
 * it does hold. A column mapped as an actual that holds prose (seed 004's 取組実績 narrative beside the
 * figure column) is context, and the figure column the merged caption also names is the actual; a column
 * mapped as a mark that holds figures is an actual. Each such correction is a warning naming the column.
 */
export type CellKind = 'value' | 'mark' | 'prose' | 'blank';

/** Longest value a sheet writes once its label is gone ("H29年度までに3.5点以上", "対前年比4.4%減"). */
const VALUE_LENGTH = 20;
/** A word without a figure this short is a value written badly; longer, it is prose. */
const SHORT_WORD = 10;

export function cellKind(value: CellValue): CellKind {
  if (value === null || (typeof value === 'string' && isBlankText(value))) return 'blank';
  if (typeof value === 'number') return 'value';
  if (typeof value !== 'string') return 'value';
  const text = value.trim();
  if (readDeclaredMark(text) !== null || readChoiceList(text) !== null) return 'mark';
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  // "B\nB": one 個別 mark per outcome line (seed 004).
  if (lines.length > 1 && lines.every((line) => readDeclaredMark(line) !== null)) return 'mark';
  // A value line is short once its label, bullet and bracketed notes are gone ("…の割合：41.2%" → 41.2%,
  // "・82%(…理解度)" → 82%); a short word without a figure ("全校区", "約半数") is a value written badly.
  const valueLines = lines.every((line) => {
    const core = cellText(valuePart(line)).trim();
    return core.length <= VALUE_LENGTH && (/[0-9０-９]/.test(core) || text.length <= SHORT_WORD);
  });
  // A sentence (。) is prose whatever its length.
  return valueLines && !text.includes('。') ? 'value' : 'prose';
}

/** Filled cells a column needs before its content may overrule its header. */
const MIN_SAMPLE = 2;

/** How many data cells below a header are sampled (enough for a ward's table, cheap on 100,000 rows). */
const SAMPLE_ROWS = 60;

function sample(grid: SheetGrid, block: HeaderBlock, col: number): Record<CellKind, number> {
  const counts: Record<CellKind, number> = { value: 0, mark: 0, prose: 0, blank: 0 };
  const end = Math.min(grid.endRow, block.bottom + 1 + SAMPLE_ROWS);
  let seen = false;
  for (let row = block.bottom + 1; row < end; row++) {
    // The table ends at its first blank row: what follows is another block (seed 002's next 経営課題).
    if (isBlankRow(grid, row)) {
      if (seen) break;
      continue;
    }
    seen = true;
    const merge = grid.mergeAt(row, col);
    // A section heading merged across the table is not a cell of this column.
    if (merge && merge.right > merge.left && merge.left < col) continue;
    if (merge && merge.top < row) continue;
    counts[cellKind(grid.value(row, col))]++;
  }
  return counts;
}

/**
 * Every cell of the row is what `cellKind` calls blank. Asked of each sampled row for each sampled
 * column, so it tests blankness alone instead of classifying every cell (marks, lines, figures).
 */
function isBlankRow(grid: SheetGrid, row: number): boolean {
  for (const value of grid.rowValues(row)) {
    if (value !== null && !(typeof value === 'string' && isBlankText(value))) return false;
  }
  return true;
}

/** What a column's cells are, when clear: more than half of its filled cells of one kind. */
function dominant(counts: Record<CellKind, number>): CellKind | null {
  const filled = counts.value + counts.mark + counts.prose;
  // One cell says little about a column (a one-row table of seed 002's form): the header stands.
  if (filled < MIN_SAMPLE) return null;
  for (const kind of ['value', 'mark', 'prose'] as const) if (counts[kind] * 2 > filled) return kind;
  return null;
}

const VALUE_FIELDS: ReadonlySet<Field> = new Set<Field>(['actual', 'previous']);

/**
 * The block with its columns confirmed by their content, and a warning per correction. A duplicate
 * column the correction frees (the figure column under a merged caption) takes the field.
 */
export function confirmColumns(
  grid: SheetGrid,
  block: HeaderBlock,
  sheet: string,
): { block: HeaderBlock; findings: Finding[] } {
  const findings: Finding[] = [];
  const columns: ColumnAssignment[] = [];
  const demoted = new Set<Field>();
  for (const column of block.columns) {
    if (!VALUE_FIELDS.has(column.field) && column.field !== 'mark') {
      columns.push(column);
      continue;
    }
    const kind = dominant(sample(grid, block, column.col));
    if (VALUE_FIELDS.has(column.field) && kind === 'prose') {
      demoted.add(column.field);
      columns.push({ ...column, field: 'context' });
      findings.push(columnWarning(sheet, block, column, 'context'));
    } else if (column.field === 'mark' && kind === 'value') {
      demoted.add('mark');
      const free = !block.columns.some((other) => other.field === 'actual' && other !== column);
      columns.push({ ...column, field: free ? 'actual' : 'context' });
      if (free) findings.push(columnWarning(sheet, block, column, 'actual'));
    } else {
      columns.push(column);
    }
  }
  // Two columns claim the actual (取組実績 by its header, the figure column by the merged caption): the one
  // whose cells hold measured figures is the actual, whatever the other's cells look like.
  columns.forEach((column, index) => {
    if (!VALUE_FIELDS.has(column.field)) return;
    const rival = block.duplicates.find((duplicate) => duplicate.field === column.field);
    if (!rival || figureCount(grid, block, rival.col) <= figureCount(grid, block, column.col)) return;
    demoted.add(column.field);
    columns[index] = { ...column, field: 'context' };
    findings.push(columnWarning(sheet, block, column, 'context'));
  });
  const duplicates: ColumnAssignment[] = [];
  for (const duplicate of block.duplicates) {
    const taken = columns.some((column) => column.field === duplicate.field);
    const kind = dominant(sample(grid, block, duplicate.col));
    const fits = duplicate.field === 'mark' ? kind === 'mark' : kind === 'value';
    if (!taken && fits) columns.push(duplicate);
    else if (demoted.has(duplicate.field) && fits) columns.push(duplicate);
    else duplicates.push(duplicate);
  }
  columns.sort((a, b) => a.col - b.col);
  for (const finding of unplaced(grid, block, columns, duplicates, sheet)) findings.push(finding);
  // Two columns can now claim one field only when a demoted field's duplicate came back twice.
  return { block: { ...block, columns, duplicates }, findings };
}

/**
 * A captioned column between mapped ones that maps to nothing, yet holds values or marks: the sheet's
 * 「エラーなし」 would be reached without it (issue 12: a 西区-style 達成状況 ※… column left two wrong
 * marks unreported). Prose columns are context and need no warning.
 */
function unplaced(
  grid: SheetGrid,
  block: HeaderBlock,
  columns: readonly ColumnAssignment[],
  duplicates: readonly ColumnAssignment[],
  sheet: string,
): Finding[] {
  const findings: Finding[] = [];
  if (columns.length < 2) return findings;
  const placed = new Set([...columns, ...duplicates].map((column) => column.col));
  const left = columns[0]?.col ?? 0;
  const right = columns[columns.length - 1]?.col ?? 0;
  for (let col = left + 1; col < right; col++) {
    if (placed.has(col)) continue;
    const caption = captionAt(grid, block, col);
    if (caption === null) continue;
    const kind = dominant(sample(grid, block, col));
    // Names (担当課) and dates (更新日) are short too: only marks and measured figures need a column.
    if (kind !== 'mark' && !(kind === 'value' && measured(grid, block, col))) continue;
    const field: Field = kind === 'mark' ? 'mark' : 'actual';
    findings.push(
      makeFinding('column.unplaced', { sheet, row: block.bottom, col, field }, caption, {
        column: columnLetters(col),
        header: caption,
        suggestion: FIELD_LABELS[field].ja,
        suggestionEn: FIELD_LABELS[field].en,
      }),
    );
  }
  return findings;
}

/** Most filled cells hold a figure with a unit or a percent format ("41.2%", "3点", 0.513 as 0.0%). */
function measured(grid: SheetGrid, block: HeaderBlock, col: number): boolean {
  const { filled, figures } = figuresOf(grid, block, col);
  return filled > 0 && figures * 2 > filled;
}

/** Cells of a column that read as a measured figure (a sentence with a figure inside is prose). */
function figureCount(grid: SheetGrid, block: HeaderBlock, col: number): number {
  return figuresOf(grid, block, col).figures;
}

function figuresOf(grid: SheetGrid, block: HeaderBlock, col: number): { filled: number; figures: number } {
  let filled = 0;
  let figures = 0;
  const end = Math.min(grid.endRow, block.bottom + 1 + SAMPLE_ROWS);
  for (let row = block.bottom + 1; row < end; row++) {
    const value = grid.value(row, col);
    const kind = cellKind(value);
    if (kind === 'blank') continue;
    filled++;
    const format = grid.numberFormat(row, col) ?? '';
    const figure =
      typeof value === 'number'
        ? format.includes('%')
        : kind === 'value' && /[0-9０-９]\s*[%％件人回点]/.test(cellText(value));
    if (figure) figures++;
  }
  return { filled, figures };
}

/** The caption written over a column in the header block (not a merge started further left). */
function captionAt(grid: SheetGrid, block: HeaderBlock, col: number): string | null {
  for (let row = block.bottom; row >= block.top; row--) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left < col) continue;
    const value = grid.value(row, col);
    if (typeof value === 'string' && !isBlankText(value)) return headerText(value);
  }
  return null;
}

function columnWarning(sheet: string, block: HeaderBlock, column: ColumnAssignment, to: Field): Finding {
  return makeFinding(
    'column.contentDisagrees',
    { sheet, row: block.bottom, col: column.col, field: column.field },
    column.header,
    {
      column: columnLetters(column.col),
      cell: cellAddress(block.bottom, column.col),
      header: column.header,
      mapped: FIELD_LABELS[column.field].ja,
      mappedEn: FIELD_LABELS[column.field].en,
      used: FIELD_LABELS[to].ja,
      usedEn: FIELD_LABELS[to].en,
    },
  );
}

/** Text of a header cell for messages. */
export function headerText(value: CellValue): string {
  return cellText(value).replace(/\s+/g, ' ').trim();
}
