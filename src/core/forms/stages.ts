import type { FormDescription, StageDescription } from './description';
import { pattern, type WrittenCell, type WrittenCells } from './written-cells';

/** The sheet rows a block or a stage covers, 0-based, both ends included. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

/** One block of a form (one 取組項目; the whole sheet for 此花区) and the stages found in it. */
export interface Block extends RowSpan {
  /** The cell that starts the block (取組項目1), null when the sheet is one block. */
  readonly start: WrittenCell | null;
  /** The item's title: the first text after the block start, before the first stage (【…】). */
  readonly title: WrittenCell | null;
  /** Cells above the first stage (此花区's headings). */
  readonly head: readonly WrittenCell[];
  readonly stages: readonly Stage[];
}

export interface Stage extends RowSpan {
  readonly description: StageDescription;
  readonly caption: WrittenCell;
  /** Cells of the stage right of its caption, in reading order. */
  readonly cells: readonly WrittenCell[];
}

export function findBlocks(cells: WrittenCells, description: FormDescription): Block[] {
  const all = cells.cells;
  const lastRow = all.reduce((max, cell) => Math.max(max, cell.bottom), -1);
  if (description.blockStart === null) {
    const first = all[0];
    return first ? [block(cells, description, null, first.row, lastRow)] : [];
  }
  const start = pattern(description.blockStart);
  const starts = all.filter((cell) => start.test(cell.key));
  return starts.map((cell, index) => {
    const next = starts[index + 1];
    return block(cells, description, cell, cell.row, next ? next.row - 1 : lastRow);
  });
}

function block(
  cells: WrittenCells,
  description: FormDescription,
  start: WrittenCell | null,
  top: number,
  bottom: number,
): Block {
  const inBlock = cells.inRows(top, bottom);
  const captions = description.stages.map((stage) => ({ stage, caption: pattern(stage.caption) }));
  const found: { description: StageDescription; caption: WrittenCell }[] = [];
  for (const cell of inBlock) {
    const match = captions.find(
      ({ stage, caption }) => caption.test(cell.key) && !found.some((f) => f.description === stage),
    );
    // A caption sits at the block's left edge, left of everything written on its rows.
    if (match && !cells.onRow(cell.row).some((other) => other.col < cell.col)) {
      found.push({ description: match.stage, caption: cell });
    }
  }
  found.sort((a, b) => a.caption.row - b.caption.row);
  const stages: Stage[] = found.map(({ description: stage, caption }, index) => {
    const nextRow = found[index + 1]?.caption.row ?? bottom + 1;
    const stageBottom = caption.bottom > caption.row ? Math.min(caption.bottom, bottom) : nextRow - 1;
    return {
      description: stage,
      caption,
      top: caption.row,
      bottom: stageBottom,
      cells: cells.inRows(caption.row, stageBottom).filter((cell) => cell.col > caption.right),
    };
  });
  const firstStageRow = stages[0]?.top ?? bottom + 1;
  const head = inBlock.filter((cell) => cell.row < firstStageRow && cell !== start);
  return { start, top, bottom, title: start ? (head[0] ?? null) : null, head, stages };
}
