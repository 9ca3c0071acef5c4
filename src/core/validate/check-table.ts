import type { Finding } from '../finding';
import type { FindingCode } from '../messages/findings';
import type { CaseRecord } from '../record';
import { isKuseiError } from '../result';
import { cellText } from '../text';
import { FIELD_LABELS } from '../layouts/field-labels';
import { checkRecord, type CheckContext } from './checks';
import { checkExplanation } from './drafts';
import { makeFinding } from './finding-builder';
import type { FormRecord, SheetFacts } from './form-reader';
import { judgeRow, type RowJudgement, type RowPart } from './judge';
import type { RowCells } from './row-cells';
import type { RecordValues } from './records';
import { hasContent, type CellRef } from './row-cells';
import { checkWardFact } from './sheet-facts';

/**
 * The checks of domain §5 as a table (issue 12 §7): each says which finding codes it can give, over
 * what it runs — the sheet's facts, one row as written, one record, or a judged row — and how. Table
 * readers and form readers give records; these checks, and only these, judge them.
 */
export type CheckScope = 'sheet' | 'row' | 'record' | 'judgement';

export interface Check<Input> {
  readonly code: readonly FindingCode[];
  readonly scope: CheckScope;
  readonly run: (input: Input, context: CheckContext, findings: Finding[]) => void;
}

/** What a sheet says about itself, and the amounts it lists. */
export interface SheetInput {
  readonly facts: SheetFacts;
  readonly budgets: readonly { readonly label: string; readonly ref: CellRef }[];
}

/** One row as written: its cells, and the fields the form requires. */
export interface RowInput {
  readonly cells: RowCells;
  readonly required: FormRecord['required'];
  /** The form's own words for each required choice (目標達成 / 目標未達成). */
  readonly options?: FormRecord['options'];
}

export interface RecordInput {
  readonly record: CaseRecord;
  readonly cells: RowCells;
  /** The record's values as the rules read them, when the reader has them already (100,000 rows). */
  readonly values?: RecordValues;
}

export const SHEET_CHECKS: readonly Check<SheetInput>[] = [
  {
    code: ['ward.misspelt', 'ward.unknown'],
    scope: 'sheet',
    run: ({ facts }, { sheet }, findings) => {
      for (const finding of checkWardFact(facts.ward, sheet)) findings.push(finding);
    },
  },
  {
    code: ['budget.notNumber'],
    scope: 'sheet',
    run: ({ budgets }, { sheet, rules }, findings) => {
      for (const { label, ref } of budgets) {
        if (ref.value === null || !isKuseiError(rules.quantity(ref.value, ref.numberFormat))) continue;
        const place = { sheet, row: ref.row, col: ref.col, field: 'budget' as const };
        findings.push(makeFinding('budget.notNumber', place, cellText(ref.value), { label }));
      }
    },
  },
];

export const ROW_CHECKS: readonly Check<RowInput>[] = [
  {
    code: ['explanation.missing'],
    scope: 'row',
    run: ({ cells }, { sheet }, findings) => {
      const missing = checkExplanation(cells, sheet);
      if (missing) findings.push(missing);
    },
  },
  {
    code: ['choice.required'],
    scope: 'row',
    run: ({ cells, required, options }, { sheet }, findings) => {
      for (const field of required ?? []) {
        const refs = cells[field] ?? [];
        const firstRef = refs[0];
        if (!firstRef || refs.some(hasContent)) continue;
        const place = { sheet, row: firstRef.row, col: firstRef.col, field };
        const words = options?.[field]?.join(' / ') ?? FIELD_LABELS[field].example;
        findings.push(makeFinding('choice.required', place, '', { options: words }));
      }
    },
  },
];

export const RECORD_CHECKS: readonly Check<RecordInput>[] = [
  {
    code: [
      'ward.unknown',
      'cell.required',
      'cell.tooLong',
      'indicator.unknown',
      'listed.unreadable',
      'implementation.unreadable',
      'target.unreadable',
      'target.noDirection',
      'target.yearBeforeReport',
      'target.yearBeforeSheet',
      'target.ambiguousRelative',
      'value.notMeasured',
      'value.notNumber',
      'value.percentTypedAsNumber',
      'value.percentOutOfRange',
      'value.unitMismatch',
    ],
    scope: 'record',
    run: ({ record, cells, values }, context, findings) => checkRecord(record, cells, context, findings, values),
  },
];

/** R6 over a judged row (R2–R4 compute the mark): the one check whose result the records list. */
export const JUDGEMENT_CHECK = {
  code: ['mark.disagrees', 'mark.unreadable', 'choice.required'] as const satisfies readonly FindingCode[],
  scope: 'judgement' as const,
  run: (parts: readonly RowPart[], context: CheckContext, findings: Finding[]): RowJudgement =>
    judgeRow(parts, context, findings),
};

/** Runs every check of a table over one input. */
export function runChecks<Input>(
  checks: readonly Check<Input>[],
  input: Input,
  context: CheckContext,
  findings: Finding[],
): void {
  for (const check of checks) check.run(input, context, findings);
}
