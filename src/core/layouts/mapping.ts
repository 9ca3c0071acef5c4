import { columnIndex, columnLetters } from '../address';
import { isField, type Field } from './fields';
import type { ColumnAssignment, HeaderBlock } from './header';
import { LAYOUT_IDS, type LayoutId } from './layout';
import type { MappingProblemCode } from '../messages/mapping';
import type { MessageParams } from '../messages/table';

/**
 * The column mapping shown to the user, and the correction they give back (stored by the pane in the
 * workbook's settings, passed to `readSheet` as `options.mapping`). Plain JSON: rows are 1-based sheet
 * rows, columns are letters, as the user sees them.
 */
export interface ColumnMapping {
  readonly layout?: LayoutId;
  readonly tables: readonly MappedTable[];
}

export interface MappedTable {
  /** 1-based sheet row of the (last) header row; data rows start below it. */
  readonly headerRow: number;
  /** First header row when the header spans several rows (defaults to headerRow). */
  readonly headerTop?: number;
  /** Column letter → field. Columns not listed are not read. */
  readonly columns: Readonly<Record<string, Field>>;
}

export function mappingOf(blocks: readonly HeaderBlock[], layout: LayoutId): ColumnMapping {
  return {
    layout,
    tables: blocks.map((block) => ({
      headerRow: block.bottom + 1,
      ...(block.top !== block.bottom ? { headerTop: block.top + 1 } : {}),
      columns: Object.fromEntries(block.columns.map((c) => [columnLetters(c.col), c.field])),
    })),
  };
}

/** Why a mapping cannot be used: a code of the message table and its params, rendered at the edge. */
export interface MappingProblem {
  readonly code: MappingProblemCode;
  readonly params: MessageParams;
}

function problem(code: MappingProblemCode, params: MessageParams = {}): { reason: MappingProblem } {
  return { reason: { code, params } };
}

/**
 * Turns a user mapping back into header blocks, or the reason it cannot be used (a bad letter, an
 * unknown field, a row outside the sheet). A correction is trusted: confidence 1.
 */
export function blocksFromMapping(
  mapping: unknown,
  grid: { firstRow: number; endRow: number; value(row: number, col: number): unknown },
): { blocks: HeaderBlock[]; layout: LayoutId | null } | { reason: MappingProblem } {
  if (typeof mapping !== 'object' || mapping === null) return problem('mappingProblem.notObject');
  const { tables, layout } = mapping as { tables?: unknown; layout?: unknown };
  if (layout !== undefined && !(LAYOUT_IDS as readonly unknown[]).includes(layout)) {
    return problem('mappingProblem.unknownLayout', { layout: JSON.stringify(layout) ?? typeof layout });
  }
  if (!Array.isArray(tables) || tables.length === 0) return problem('mappingProblem.noTables');
  const blocks: HeaderBlock[] = [];
  for (const table of tables as unknown[]) {
    if (typeof table !== 'object' || table === null) return problem('mappingProblem.tableNotObject');
    const { headerRow, headerTop, columns } = table as { headerRow?: unknown; headerTop?: unknown; columns?: unknown };
    if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1) {
      return problem('mappingProblem.headerRowNotRow', { headerRow: String(headerRow) });
    }
    const bottom = headerRow - 1;
    const top = typeof headerTop === 'number' && Number.isInteger(headerTop) ? headerTop - 1 : bottom;
    if (bottom < grid.firstRow || bottom >= grid.endRow || top > bottom || top < 0) {
      return problem('mappingProblem.headerRowOutside', { headerRow });
    }
    if (typeof columns !== 'object' || columns === null) return problem('mappingProblem.columnsNotObject');
    const assigned: ColumnAssignment[] = [];
    for (const [letters, field] of Object.entries(columns as Record<string, unknown>)) {
      const col = columnIndex(letters);
      if (col === null) return problem('mappingProblem.notColumnLetter', { letters });
      if (!isField(field)) return problem('mappingProblem.notField', { field: String(field) });
      const header = grid.value(bottom, col);
      assigned.push({ col, field, header: typeof header === 'string' ? header : '', score: 1 });
    }
    assigned.sort((a, b) => a.col - b.col);
    blocks.push({ top, bottom, columns: assigned, duplicates: [], confidence: 1 });
  }
  blocks.sort((a, b) => a.top - b.top);
  return { blocks, layout: (layout as LayoutId | undefined) ?? null };
}
