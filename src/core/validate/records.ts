import type { CellValue } from '../cell';
import type { BudgetAmount, CaseRecord } from '../record';
import { cellAddress, columnLetters } from '../address';
import type { Field } from '../layouts/fields';
import type { LayoutDefinition } from '../layouts/layout';
import { trimText } from '../layouts/normalize';
import { cellText } from '../text';
import { readImplementation, readListed } from '../values/listing-words';
import { labelPart, splitEmbedded, valuePart } from './embedded';
import { first, hasContent, linesOf, type CellRef, type RowCells } from './row-cells';
import type { BudgetCell } from './scan';

function textOrNull(ref: CellRef | null): string | null {
  if (!ref || !hasContent(ref)) return null;
  return trimText(cellText(ref.value));
}

function joinTexts(refs: readonly CellRef[] | undefined): string | null {
  const texts = (refs ?? []).filter(hasContent).map((ref) => cellText(ref.value).trim());
  return texts.length === 0 ? null : texts.join('\n');
}

/** The value cells of a record as the rules read them: labels stripped from labelled values. */
export interface RecordValues {
  readonly target: CellValue;
  readonly targetRef: CellRef | null;
  readonly markTarget: CellValue;
  readonly actual: CellValue;
  readonly activityTarget: CellValue;
}

export function recordValues(cells: RowCells): RecordValues {
  const targetRef = first(cells, 'target');
  const measure = first(cells, 'measure');
  let target: CellValue = targetRef && hasContent(targetRef) ? valuePart(targetRef.value) : null;
  let usedRef = targetRef && hasContent(targetRef) ? targetRef : null;
  if (target === null && measure) {
    const embedded = splitEmbedded(measure.value);
    if (embedded) {
      target = embedded.value;
      usedRef = measure;
    }
  }
  const outcome = first(cells, 'outcome');
  // Several outcomes in one cell with one actual: which one the mark judges is not written, so none.
  const singleOutcome = outcome && linesOf(outcome.value).length === 1 ? outcome : null;
  const outcomeTarget = singleOutcome ? splitEmbedded(singleOutcome.value) : null;
  const activity = first(cells, 'activityTarget');
  const actual = first(cells, 'actual');
  return {
    target,
    targetRef: usedRef,
    markTarget: outcomeTarget ? outcomeTarget.value : null,
    actual: actual && hasContent(actual) ? valuePart(actual.value) : null,
    activityTarget: activity && hasContent(activity) ? valuePart(activity.value) : null,
  };
}

export interface RecordContext {
  readonly file: string | null;
  readonly sheet: string;
  readonly layout: LayoutDefinition;
  readonly ward: string | null;
  readonly indicatorId: string | null;
  readonly part: { readonly index: number; readonly count: number } | null;
  readonly budgets: readonly BudgetCell[];
}

const NO_BUDGETS: readonly BudgetAmount[] = Object.freeze([]);

/** A1 address of each field's (first) cell. The row's number is written once, not once per cell. */
function sourceCells(cells: RowCells): Record<string, string> {
  const addresses: Record<string, string> = {};
  let row = -1;
  let rowNumber = '';
  for (const field in cells) {
    const ref = cells[field as Field]?.[0];
    if (!ref) continue;
    if (ref.row !== row) {
      row = ref.row;
      rowNumber = String(row + 1);
    }
    addresses[field] = columnLetters(ref.col) + rowNumber;
  }
  return addresses;
}

export function buildRecord(
  cells: RowCells,
  row: number,
  context: RecordContext,
  values: RecordValues = recordValues(cells),
): CaseRecord {
  const cellsByField = sourceCells(cells);
  const listed = readListed(textOrNull(first(cells, 'listedInPlan')) ?? '');
  const implementation = readImplementation(textOrNull(first(cells, 'implementation')) ?? '');
  const indicatorText =
    textOrNull(first(cells, 'indicatorText')) ?? labelPart(first(cells, 'measure')?.value ?? null) ?? null;
  const budgets: readonly BudgetAmount[] =
    context.budgets.length === 0
      ? NO_BUDGETS
      : context.budgets.map((budget) => ({
          label: budget.label,
          amount: budget.value,
          cell: cellAddress(budget.row, budget.col),
        }));
  // One literal for the common record; a spread for `part` in the middle of it would copy every record
  // through the runtime, so the rare split record is rebuilt with its part instead.
  const record: CaseRecord = {
    ward: context.ward,
    indicatorId: context.indicatorId,
    indicatorText,
    target: values.target,
    actual: values.actual,
    previous: valuePart(first(cells, 'previous')?.value ?? null),
    declaredMark: textOrNull(first(cells, 'mark')),
    explanation: explanationOf(cells),
    activityTarget: values.activityTarget,
    withdrawalCriterion: first(cells, 'withdrawalCriterion')?.value ?? null,
    listedInPlan: listed === undefined ? null : listed,
    implementation: implementation === undefined ? null : implementation,
    note: textOrNull(first(cells, 'note')),
    source: { file: context.file, sheet: context.sheet, row: row + 1, cells: cellsByField },
    // A 取組項目 sheet item that names its policy indicator (区政編 改革の柱1-ア) is that indicator's case.
    kind: context.layout.id === 'taisho-initiative' && context.indicatorId !== null ? 'indicator' : context.layout.kind,
    layout: context.layout.id,
    unit: textOrNull(first(cells, 'unit')),
    markTarget: values.markTarget,
    overallMark: textOrNull(first(cells, 'overallMark')),
    budgets,
  };
  return context.part ? withPart(record, context.part) : record;
}

/** The record of one outcome of a split row: `part` goes after `layout`, in the record's documented order. */
function withPart(record: CaseRecord, part: NonNullable<RecordContext['part']>): CaseRecord {
  const { unit, markTarget, overallMark, budgets, ...head } = record;
  return { ...head, part, unit, markTarget, overallMark, budgets };
}

/** 課題 then 改善策, one per line; null when the row has neither. */
function explanationOf(cells: RowCells): string | null {
  if (cells.explanation === undefined && cells.improvement === undefined) return null;
  return joinTexts([...(cells.explanation ?? []), ...(cells.improvement ?? [])]);
}
