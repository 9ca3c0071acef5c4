import { isCellError, type CellValue } from '../cell';
import type { Finding } from '../finding';
import { isKuseiError } from '../result';
import type { CaseRecord } from '../record';
import { FIGURE_FIELDS, type Field } from '../layouts/fields';
import { isBlank, trimText } from '../layouts/normalize';
import { cellText, foldWidth } from '../text';
import { CITY_NAME, wardOf } from '../layouts/wards';
import type { KuseiSettings } from '../settings';
import { fiscalYearLabel } from '../values/fiscal-year';
import { makeFinding } from './finding-builder';
import { readMark, type ReadMark } from './marks';
import { isYearHeading, relativeChange, valuePart } from './embedded';
import { recordValues, type RecordValues } from './records';
import { readImplementation, readListed } from '../values/listing-words';
import { first, hasContent, linesOf, type CellRef, type RowCells } from './row-cells';
import type { BoundRules, TargetReading } from './bound-rules';
import type { Catalogue, IndicatorDef } from '../catalogue/types';

/** Cells longer than this cannot be a value, a mark or a name: a finding instead of a read. */
export const MAX_VALUE_CELL_LENGTH = 1000;

/** Fields whose cell holds one value, a mark or a name, so a very long one cannot be read. */
const VALUE_FIELDS: readonly Field[] = [
  'ward',
  'indicatorId',
  ...FIGURE_FIELDS,
  'mark',
  'overallMark',
  'listedInPlan',
  'implementation',
];

export interface CheckContext {
  readonly sheet: string;
  readonly settings: KuseiSettings;
  readonly catalogue: Catalogue;
  /** The catalogue's indicators by id (a sheet has hundreds of rows; a catalogue may have thousands of ids). */
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly rules: BoundRules;
  readonly requireWardAndId: boolean;
  readonly requireTarget: boolean;
  /** The report year the sheet itself writes (平成27年度 in its title) and where, when it does. */
  readonly sheetYear?: { readonly year: number; readonly cell: string } | null;
}

function place(sheet: string, ref: CellRef, field: Field) {
  return { sheet, row: ref.row, col: ref.col, field };
}

function shown(value: CellValue): string {
  return trimText(cellText(value));
}

/** Checks the cells of one record; findings point at the exact cell. */
export function checkRecord(
  record: CaseRecord,
  cells: RowCells,
  context: CheckContext,
  findings: Finding[],
  values: RecordValues = recordValues(cells),
): void {
  const { sheet, rules } = context;
  const tooLong = tooLongFields(cells, sheet, findings);

  const wardRef = first(cells, 'ward');
  if (wardRef && !tooLong.has('ward') && !isCellError(wardRef.value)) {
    if (!hasContent(wardRef)) {
      if (context.requireWardAndId) findings.push(makeFinding('cell.required', place(sheet, wardRef, 'ward'), ''));
    } else if (wardOf(shown(wardRef.value)) === null) {
      findings.push(makeFinding('ward.unknown', place(sheet, wardRef, 'ward'), shown(wardRef.value)));
    }
  }
  const idRef = first(cells, 'indicatorId');
  if (context.requireWardAndId && idRef && !hasContent(idRef)) {
    findings.push(makeFinding('cell.required', place(sheet, idRef, 'indicatorId'), ''));
  }
  const indicator = record.indicatorId ? context.indicators.get(record.indicatorId) : undefined;
  if (record.indicatorId && !indicator && record.kind !== 'initiative') {
    const ref = idRef ?? null;
    findings.push(
      makeFinding(
        'indicator.unknown',
        ref ? place(sheet, ref, 'indicatorId') : { sheet, row: record.source.row - 1, col: null, field: 'indicatorId' },
        record.indicatorId,
        { catalogue: context.catalogue.name ?? context.catalogue.id },
      ),
    );
  }
  // A city-scope indicator is built once by the city: a ward's row has no actual of its own (R8).
  const cityScopeWardRow = indicator?.scope === 'city' && record.ward !== CITY_NAME;

  checkListed(cells, sheet, findings);
  const targetRef = values.targetRef;
  let target: TargetReading | null = null;
  if (cityScopeWardRow || record.ward === CITY_NAME) return;
  const declaredTargetRef = first(cells, 'target');
  if (context.requireTarget && declaredTargetRef && !hasContent(declaredTargetRef) && !targetRef) {
    findings.push(makeFinding('cell.required', place(sheet, declaredTargetRef, 'target'), ''));
  }
  if (targetRef && usable(targetRef, 'target', tooLong)) {
    // Several targets in one cell with no actual to match them to (a 中間振り返り, seed 001): each is checked.
    const several = severalTargets(targetRef);
    if (several) for (const line of several) checkTarget(valuePart(line), targetRef, context, findings);
    else target = checkTarget(values.target, targetRef, context, findings);
  }
  if (values.markTarget !== null) {
    const outcomeRef = first(cells, 'outcome');
    if (outcomeRef) checkTarget(values.markTarget, outcomeRef, context, findings);
  }

  const activityRef = first(cells, 'activityTarget');
  if (
    record.kind === 'initiative' &&
    usable(activityRef, 'activityTarget', tooLong) &&
    values.activityTarget !== null
  ) {
    checkTarget(values.activityTarget, activityRef, context, findings);
  }

  const actualRef = first(cells, 'actual');
  const judged = judgeTarget(record, values.markTarget, values.target, values.activityTarget);
  const judgedReading = judged === values.target ? target : readQuietly(judged, rules);
  if (actualRef && !tooLong.has('actual') && !isCellError(actualRef.value)) {
    if (rules.notMeasured(values.actual)) {
      findings.push(
        makeFinding('value.notMeasured', place(sheet, actualRef, 'actual'), shown(actualRef.value) || '(空欄)'),
      );
    } else {
      const change = relativeChange(values.actual);
      const quantity = rules.quantity(change ?? values.actual, numberFormatOf(actualRef));
      if (isKuseiError(quantity)) {
        findings.push(makeFinding('value.notNumber', place(sheet, actualRef, 'actual'), shown(actualRef.value)));
      } else {
        if (typed93(actualRef, quantity.value)) {
          findings.push(percentTyped(actualRef, sheet));
        } else if (change === null && quantity.unit === '%' && (quantity.value < 0 || quantity.value > 1)) {
          findings.push(
            makeFinding('value.percentOutOfRange', place(sheet, actualRef, 'actual'), shown(actualRef.value)),
          );
        }
        const expectedUnit = judgedReading?.unit ?? unitColumn(cells);
        if (quantity.unit && expectedUnit && quantity.unit !== expectedUnit) {
          findings.push(
            makeFinding('value.unitMismatch', place(sheet, actualRef, 'actual'), shown(actualRef.value), {
              actualUnit: quantity.unit,
              targetUnit: expectedUnit,
            }),
          );
        }
      }
    }
  }
  const previousRef = first(cells, 'previous');
  if (usable(previousRef, 'previous', tooLong)) {
    const value = valuePart(previousRef.value);
    if (!rules.notMeasured(value) && isKuseiError(rules.quantity(value, numberFormatOf(previousRef)))) {
      findings.push(makeFinding('value.notNumber', place(sheet, previousRef, 'previous'), shown(previousRef.value)));
    }
  }
}

/** A number above 1 in a percent-formatted cell: typed 93.8 and then formatted, so it shows 9380% (seed 002). */
function typed93(ref: CellRef, value: number): boolean {
  return typeof ref.value === 'number' && ref.numberFormat !== undefined && ref.numberFormat.includes('%') && value > 1;
}

function percentTyped(ref: CellRef, sheet: string): Finding {
  const number = typeof ref.value === 'number' ? ref.value : 0;
  const shownPercent = `${Math.round(number * 100 * 10) / 10}%`;
  return makeFinding('value.percentTypedAsNumber', place(sheet, ref, 'actual'), String(number), {
    number,
    shown: shownPercent,
    fraction: String(Math.round((number / 100) * 10000) / 10000),
  });
}

const NONE_TOO_LONG: ReadonlySet<Field> = new Set();

/** Fields with a cell too long to read as a value, each reported (a set is made only when one is found). */
function tooLongFields(cells: RowCells, sheet: string, findings: Finding[]): ReadonlySet<Field> {
  let tooLong: Set<Field> | null = null;
  for (const field of VALUE_FIELDS) {
    const refs = cells[field];
    if (refs === undefined) continue;
    for (const ref of refs) {
      const text = typeof ref.value === 'string' ? ref.value : '';
      if (text.length > MAX_VALUE_CELL_LENGTH) {
        (tooLong ??= new Set()).add(field);
        findings.push(makeFinding('cell.tooLong', place(sheet, ref, field), text, { length: text.length }));
      }
    }
  }
  return tooLong ?? NONE_TOO_LONG;
}

/** A cell the checks can read: filled, not too long, not a formula error. */
function usable(ref: CellRef | null, field: Field, tooLong: ReadonlySet<Field>): ref is CellRef {
  return ref !== null && hasContent(ref) && !tooLong.has(field) && !isCellError(ref.value);
}

/** The number format of a cell is kept on the ref by the reader when known. */
function numberFormatOf(ref: CellRef): string | undefined {
  return ref.numberFormat;
}

function unitColumn(cells: RowCells): string | null {
  const ref = first(cells, 'unit');
  if (!ref || !hasContent(ref)) return null;
  const unit = foldWidth(shown(ref.value));
  return unit === '' ? null : unit;
}

function checkListed(cells: RowCells, sheet: string, findings: Finding[]): void {
  const listedRef = first(cells, 'listedInPlan');
  if (listedRef && hasContent(listedRef) && !isCellError(listedRef.value)) {
    if (readListed(shown(listedRef.value)) === undefined) {
      findings.push(makeFinding('listed.unreadable', place(sheet, listedRef, 'listedInPlan'), shown(listedRef.value)));
    }
  }
  const implementationRef = first(cells, 'implementation');
  if (implementationRef && hasContent(implementationRef) && !isCellError(implementationRef.value)) {
    if (readImplementation(shown(implementationRef.value)) === undefined) {
      findings.push(
        makeFinding(
          'implementation.unreadable',
          place(sheet, implementationRef, 'implementation'),
          shown(implementationRef.value),
        ),
      );
    }
  }
}

/** The figure lines of an unsplit target cell holding two or more targets, else null. */
function severalTargets(ref: CellRef): string[] | null {
  if (ref.line !== undefined || typeof ref.value !== 'string' || !ref.value.includes('\n')) return null;
  const lines = linesOf(ref.value).filter(
    (line): line is string => typeof line === 'string' && /[0-9０-９]/.test(line) && !isYearHeading(line),
  );
  return lines.length >= 2 ? lines : null;
}

function checkTarget(value: CellValue, ref: CellRef, context: CheckContext, findings: Finding[]): TargetReading | null {
  const field: Field = 'target';
  const parsed = context.rules.target(value);
  const text = shown(value);
  if (isKuseiError(parsed)) {
    const code = /DIRECTION/i.test(parsed.code) ? 'target.noDirection' : 'target.unreadable';
    findings.push(makeFinding(code, place(context.sheet, ref, field), text));
    return null;
  }
  if (parsed.direction === null) {
    findings.push(makeFinding('target.noDirection', place(context.sheet, ref, field), text));
    return null;
  }
  const sheetYear = context.sheetYear ?? null;
  if (parsed.targetYear !== null && sheetYear !== null && parsed.targetYear < sheetYear.year) {
    findings.push(
      makeFinding('target.yearBeforeSheet', place(context.sheet, ref, field), text, {
        targetYear: fiscalYearLabel(parsed.targetYear),
        reportYear: fiscalYearLabel(sheetYear.year),
        yearCell: sheetYear.cell,
        suggested: withYear(text, parsed.targetYear, sheetYear.year),
      }),
    );
  } else if (parsed.targetYear !== null && sheetYear === null && parsed.targetYear < context.settings.reportYear) {
    findings.push(
      makeFinding('target.yearBeforeReport', place(context.sheet, ref, field), text, {
        targetYear: parsed.targetYear,
        reportYear: context.settings.reportYear,
      }),
    );
  }
  if (parsed.ambiguous) {
    const points = context.settings.ambiguousIncrease === 'points';
    findings.push(
      makeFinding('target.ambiguousRelative', place(context.sheet, ref, field), text, {
        rule: points ? 'ポイント' : '基準値に対する割合',
        ruleEn: points ? 'points' : 'per cent of the base',
      }),
    );
  }
  return parsed;
}

/** The target text with its year replaced by the report year ("平成26年度までに80%以上" → 平成27年度…). */
function withYear(text: string, from: number, to: number): string {
  const heisei = (y: number) => y - 1988;
  const reiwa = (y: number) => y - 2018;
  const replaced = text
    .replace(new RegExp(`(平成|H)\\s*${heisei(from)}(?=\\s*年度)`), (_, era: string) => `${era}${heisei(to)}`)
    .replace(new RegExp(`(令和|R)\\s*${reiwa(from)}(?=\\s*年度)`), (_, era: string) => `${era}${reiwa(to)}`);
  if (replaced !== text) return replaced;
  return text.replace(new RegExp(`(^|[^0-9])${heisei(from)}(?=年度)`), (_, lead: string) => `${lead}${heisei(to)}`);
}

/** A target reading for units only: its problems are reported where that target is checked. */
function readQuietly(value: CellValue, rules: BoundRules): TargetReading | null {
  if (isBlank(value)) return null;
  const parsed = rules.target(value);
  return isKuseiError(parsed) ? null : parsed;
}

/**
 * The target a declared mark judges: an initiative's activity target (業績目標); an indicator's
 * outcome target when the sheet gives one (seed 004's アウトカム), else its target.
 */
function judgeTarget(record: CaseRecord, markTarget: CellValue, target: CellValue, activity: CellValue): CellValue {
  if (record.kind === 'initiative' && !isBlank(activity)) return activity;
  if (!isBlank(markTarget)) return markTarget;
  if (!isBlank(target)) return target;
  if (!isBlank(activity)) return activity;
  return null;
}

/** R3: a row's overall mark (全体) is B when any individual mark is B. */
export function checkOverall(parts: readonly RowCells[], sheet: string, findings: Finding[]): void {
  const overallRef = parts[0] ? first(parts[0], 'overallMark') : null;
  if (!overallRef || !hasContent(overallRef) || isCellError(overallRef.value)) return;
  const overall = readMark(shown(overallRef.value));
  if (!overall || overall.kind !== 'grade') return;
  const individual = parts.map((part) => first(part, 'mark')).filter((ref): ref is CellRef => ref !== null);
  const marks = individual.map((ref) => readMark(shown(ref.value))).filter((m): m is ReadMark => m?.kind === 'grade');
  if (marks.length === 0) return;
  const expected = marks.some((m) => m.negative) ? 'B' : 'A';
  if (overall.value !== expected) {
    findings.push(
      makeFinding('mark.overallDisagrees', place(sheet, overallRef, 'overallMark'), shown(overallRef.value), {
        declared: overall.value,
        computed: expected,
      }),
    );
  }
}
