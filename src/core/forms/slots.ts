import type { Field } from '../layouts/fields';
import { formCell } from '../validate/form-reader';
import { hasContent, type CellRef } from '../validate/row-cells';
import { choiceRightOf } from './choices';
import type { SlotDescription, StageDescription } from './description';
import type { Stage } from './stages';
import { pattern, type WrittenCell, type WrittenCells } from './written-cells';

/** A labelled cell of a stage, read: where its value is (null when the form has no place for it). */
export interface SlotReading {
  readonly description: SlotDescription;
  readonly label: WrittenCell;
  readonly ref: CellRef | null;
  /** True when something is written in the value (a ticked option for a choice). */
  readonly written: boolean;
}

/** A measure group of a stage (此花区: the measure's wording, its 目標 row and 結果 row). */
export interface GroupReading {
  readonly cells: Partial<Record<Field, CellRef>>;
  readonly written: boolean;
  /** The measure's wording, for telling its indicator. */
  readonly text: string;
}

export interface StageReading {
  readonly stage: Stage;
  readonly slots: ReadonlyMap<string, SlotReading>;
  readonly groups: readonly GroupReading[];
  /** The stage's sole text when it has no group (成果測定の対象外). */
  readonly soleText: { readonly field: Field; readonly ref: CellRef } | null;
  readonly written: boolean;
}

/** Tells a stage's labels (and its heading) from its values: a label is never read as a value. */
export class StageLabels {
  private readonly slotLabels: { slot: SlotDescription; label: RegExp; under: RegExp | null }[];
  private readonly others: RegExp[];

  constructor(stage: StageDescription) {
    this.slotLabels = stage.slots.map((slot) => ({
      slot,
      label: pattern(slot.label),
      under: slot.under === undefined ? null : pattern(slot.under),
    }));
    const groupLabels = stage.groups ? [stage.groups.anchor.label, ...stage.groups.rows.map((row) => row.label)] : [];
    this.others = [...groupLabels, ...(stage.heading === undefined ? [] : [stage.heading])].map(pattern);
  }

  isLabel(cell: WrittenCell): boolean {
    return this.slotLabels.some(({ label }) => label.test(cell.key)) || this.others.some((p) => p.test(cell.key));
  }

  /** The slot a label cell is the label of: its own words, else the caption over its column, decide. */
  slotOf(cell: WrittenCell, columnCaption: WrittenCell | null): SlotDescription | null {
    for (const { slot, label, under } of this.slotLabels) {
      if (!label.test(cell.key)) continue;
      if (under === null || under.test(cell.key) || (columnCaption !== null && under.test(columnCaption.key))) {
        return slot;
      }
    }
    return null;
  }
}

export function readStage(stage: Stage, cells: WrittenCells): StageReading {
  const labels = new StageLabels(stage.description);
  const grid = cells.grid;
  const endCol = grid.endCol;
  const slots = new Map<string, SlotReading>();
  for (const cell of stage.cells) {
    const caption = cells.at(stage.top, cell.col);
    const slot = labels.slotOf(cell, caption && caption !== cell ? caption : null);
    if (!slot || slots.has(slot.name)) continue;
    slots.set(slot.name, readSlot(slot, cell, stage, cells, labels, endCol));
  }
  const groups = readGroups(stage, cells, labels);
  let soleText: StageReading['soleText'] = null;
  const sole = stage.description.soleText;
  if (sole && groups.length === 0) {
    const text = stage.cells.find((cell) => !labels.isLabel(cell) && typeof cell.value === 'string');
    if (text) soleText = { field: sole.field, ref: formCell(grid, text.row, text.col) };
  }
  const written =
    [...slots.values()].some((slot) => slot.written) || groups.some((group) => group.written) || soleText !== null;
  return { stage, slots, groups, soleText, written };
}

function readSlot(
  slot: SlotDescription,
  label: WrittenCell,
  stage: Stage,
  cells: WrittenCells,
  labels: StageLabels,
  endCol: number,
): SlotReading {
  const grid = cells.grid;
  const below = belowOf(label, stage, cells, labels);
  if (slot.value === 'choice') {
    const choice = choiceRightOf(label, slot.options ?? [], cells, endCol, (cell) => labels.isLabel(cell));
    if (!choice.written && below && rightIsNotValue(label, cells, labels)) {
      const ref = formCell(grid, below.row, below.col);
      return { description: slot, label, ref, written: hasContent(ref) };
    }
    return { description: slot, label, ref: choice.ref, written: choice.written };
  }
  if (slot.value === 'below') {
    if (label.bottom + 1 > stage.bottom) return { description: slot, label, ref: null, written: false };
    const there = cells.at(label.bottom + 1, label.col);
    // The next label, not a value: the form leaves no place for this one.
    if (there && labels.isLabel(there)) return { description: slot, label, ref: null, written: false };
    const ref = formCell(grid, label.bottom + 1, label.col);
    return { description: slot, label, ref, written: hasContent(ref) };
  }
  // To the right; below when the right is another label, or is empty while the text sits below.
  if (rightIsNotValue(label, cells, labels)) {
    if (!below) return { description: slot, label, ref: null, written: false };
    const ref = formCell(grid, below.row, below.col);
    return { description: slot, label, ref, written: hasContent(ref) };
  }
  const ref = formCell(grid, label.row, label.right + 1);
  return { description: slot, label, ref, written: hasContent(ref) };
}

/** True when the cell right of a label is another label, or is empty while a value is written below. */
function rightIsNotValue(label: WrittenCell, cells: WrittenCells, labels: StageLabels): boolean {
  const right = cells.at(label.row, label.right + 1);
  if (right && right !== label && labels.isLabel(right)) return true;
  if (right && right.row === label.row) return false;
  const under = cells.at(label.bottom + 1, label.col);
  return under !== null && under.row === label.bottom + 1 && under.col === label.col && !labels.isLabel(under);
}

/** The written, non-label cell just below a label inside its stage, or null. */
function belowOf(label: WrittenCell, stage: Stage, cells: WrittenCells, labels: StageLabels): WrittenCell | null {
  const row = label.bottom + 1;
  if (row > stage.bottom) return null;
  const under = cells.at(row, label.col);
  if (!under || under.row !== row || under.col !== label.col || labels.isLabel(under)) return null;
  return under;
}

function readGroups(stage: Stage, cells: WrittenCells, labels: StageLabels): GroupReading[] {
  const description = stage.description.groups;
  if (!description) return [];
  const grid = cells.grid;
  const anchor = pattern(description.anchor.label);
  const rows = description.rows.map((row) => ({ ...row, label: pattern(row.label) }));
  const groups: GroupReading[] = [];
  for (const cell of stage.cells) {
    if (!anchor.test(cell.key)) continue;
    const refs: Partial<Record<Field, CellRef>> = {};
    refs[description.anchor.field] = formCell(grid, cell.row, cell.right + 1);
    let next = cell.bottom + 1;
    for (const row of rows) {
      const label = cells.at(next, cell.col);
      if (!label || label.row !== next || !row.label.test(label.key)) break;
      refs[row.field] = formCell(grid, label.row, label.right + 1);
      next = label.bottom + 1;
    }
    const above = cell.row - 1 >= stage.top ? cells.at(cell.row - 1, cell.col) : null;
    let text = '';
    if (above && above.row >= stage.top && !labels.isLabel(above)) {
      refs[description.textAbove] = formCell(grid, above.row, above.col);
      text = above.text;
    }
    const written = Object.entries(refs).some(
      ([field, ref]) => field !== description.textAbove && ref !== undefined && hasContent(ref),
    );
    groups.push({ cells: refs, written, text });
  }
  return groups;
}
