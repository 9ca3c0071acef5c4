import type { CellRef } from '../validate/row-cells';
import { formCell } from '../validate/form-reader';
import { markFromChoices, readChoiceList } from '../validate/marks';
import { normalizeHeader } from '../layouts/normalize';
import type { WrittenCell, WrittenCells } from './written-cells';

/**
 * Where a form's choice is written (中間振り返り's 実施見込み / 実施できない見込み, 自己評価's 目標達成 /
 * 目標未達成). Two ways exist (corpus README, seed 001):
 *  - one cell right of the label holding every option with its mark (`（○）実施見込み（ ）実施できない見込み`,
 *    `☑ 目標達成 ☐ 目標未達成`): that cell is the choice, read by the shared mark reader;
 *  - a cell per option's words, with ○ typed into the cell beside it: the chosen option's words at the
 *    ○ cell, or the first option's mark cell, empty, when nothing is chosen.
 * This says WHERE the choice is; what a mark glyph means stays with the mark reader.
 */

export interface ChoiceCells {
  /** The choice as a cell ref for the record, null when the form has no place for it. */
  readonly ref: CellRef | null;
  /** True when something is written (a mark or an option block with a mark). */
  readonly written: boolean;
}

/**
 * The choice right of `label` on its row. Scanning stops at the first cell that `isLabel` says is another
 * label (課題と改善策), so a neighbouring block is never read as an option.
 */
export function choiceRightOf(
  label: WrittenCell,
  options: readonly string[],
  cells: WrittenCells,
  endCol: number,
  isLabel: (cell: WrittenCell) => boolean,
): ChoiceCells {
  const optionKeys = options.map((option) => normalizeHeader(option));
  const grid = cells.grid;
  const first = label.right + 1;
  const region: { col: number; cell: WrittenCell | null }[] = [];
  for (let col = first; col < endCol; col++) {
    const cell = cells.at(label.row, col);
    if (cell && cell !== label && isLabel(cell)) break;
    region.push({ col, cell: cell && cell.row === label.row && cell.col === col ? cell : null });
  }
  // One cell holding the options and their marks.
  const block = region.find(({ cell }) => cell !== null && optionKeys.some((key) => cell.key.includes(key)));
  const optionCols = region.filter(({ cell }) => cell !== null && optionKeys.includes(cell.key));
  if (block?.cell && optionCols.length === 0) {
    const reading = readChoiceList(block.cell.text);
    return { ref: formCell(grid, label.row, block.col), written: reading !== null && reading.kind !== 'none' };
  }
  if (optionCols.length === 0) {
    return { ref: first < endCol ? formCell(grid, label.row, first) : null, written: false };
  }
  // Options in their own cells: the mark cell of each is the cell just left of it (else just right).
  const marks: { ref: CellRef; label: string }[] = [];
  for (const entry of optionCols) {
    const cell = entry.cell;
    if (!cell) continue;
    const option = options[optionKeys.indexOf(cell.key)] ?? cell.text;
    const beside = (col: number) => region.find((other) => other.col === col && !optionCols.includes(other));
    const markEntry = beside(entry.col - 1) ?? beside(cell.right + 1);
    if (markEntry) marks.push({ ref: formCell(grid, label.row, markEntry.col), label: option });
  }
  const ref = markFromChoices(marks);
  return { ref, written: ref !== null && ref.value !== null };
}
