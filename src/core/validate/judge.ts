import { isCellError, type CellValue } from '../cell';
import type { Finding } from '../finding';
import { isKuseiError } from '../result';
import type { CaseRecord } from '../record';
import { progress as progressRate } from '../rules/progress';
import { isBlank, trimText } from '../layouts/normalize';
import { cellText } from '../text';
import { planYearIndex } from '../settings';
import { GRADE_WORDS, isOnTrack, readStatus, STATUS_WORDS, WITHDRAWAL_WORDS } from '../values/status-words';
import type { CheckContext } from './checks';
import { relativeChange, relativeThreshold } from './embedded';
import { makeFinding } from './finding-builder';
import { declaredWords, MARK_CHOICES, readChoiceList, readDeclaredMark, type MarkKind, type ReadMark } from './marks';
import { first, hasContent, type CellRef, type RowCells } from './row-cells';

/**
 * R2–R4 and R6 over one judged row: the mark the rules give from the row's own actual(s) and target(s),
 * compared with the mark the sheet declares. One row may hold several measures (lines of one cell):
 * under one declared mark (大正区, 西区) the positive mark needs every measure met; with as many marks as
 * lines (福島区 個別) each line is judged by its own mark, and the row's 全体 is B when any 個別 is B (R3).
 */
export interface RowPart {
  readonly record: CaseRecord;
  readonly cells: RowCells;
}

export interface RowJudgement {
  /** The mark as the rules give it, in the sheet's words (null: cannot be computed). */
  readonly computed: string | null;
  /** The mark the sheet declares, in its own words (null: none). */
  readonly declared: string | null;
  /** R1 progress (0.416 for 41.6%) of a one-measure row, else null. */
  readonly progress: number | null;
}

/** How a layout's rows are judged when they declare no mark (此花区: the status of R2). */
const DEFAULT_KIND: Readonly<Record<string, MarkKind>> = {
  'konohana-pdca': 'status',
  standard: 'status',
  generic: 'status',
  'fukushima-indicator': 'grade',
  'nishi-outcome': 'grade',
  'fukushima-initiative': 'achievement',
  'taisho-initiative': 'achievement',
};

function shown(value: CellValue): string {
  return trimText(cellText(value));
}

/**
 * The target a declared mark judges: an initiative's 業績目標; an indicator's outcome target when the
 * sheet gives one (seed 004's アウトカム). 福島区's 個別 marks judge the ward outcome only, never the city
 * target of column D (domain R3; corpus fukushima-indicators 'tolerated').
 */
export function judgedTarget(record: CaseRecord): CellValue {
  if (record.kind === 'initiative' && !isBlank(record.activityTarget)) return record.activityTarget;
  if (record.layout === 'fukushima-indicator') return record.markTarget ?? null;
  if (!isBlank(record.markTarget ?? null)) return record.markTarget ?? null;
  if (!isBlank(record.target)) return record.target;
  if (!isBlank(record.activityTarget)) return record.activityTarget;
  return null;
}

/** A change against last year judged against a 前年度比 target as plain per cents (seed 004 [5-3-1]). */
function comparable(actual: CellValue, target: CellValue, criterion: CellValue) {
  const change = relativeChange(actual);
  const relativeTarget = change !== null ? relativeThreshold(target) : null;
  if (change === null || relativeTarget === null) return { actual, target, criterion };
  return { actual: change, target: relativeTarget, criterion: relativeThreshold(criterion) ?? criterion };
}

/** The mark of one measure, in the words of `kind` (null when it cannot be computed). */
export function computeMark(kind: MarkKind, record: CaseRecord, context: CheckContext): string | null {
  const { rules, settings } = context;
  const target0 = judgedTarget(record);
  if (isBlank(record.actual) || rules.notMeasured(record.actual) || isBlank(target0)) return null;
  if (isCellError(record.actual)) return null;
  const { actual, target, criterion } = comparable(record.actual, target0, record.withdrawalCriterion);
  switch (kind) {
    case 'grade': {
      const result = rules.grade(actual, target);
      return typeof result === 'string' ? result : null;
    }
    case 'achievement':
    case 'withdrawal': {
      if (isBlank(criterion)) {
        const result = rules.grade(actual, target);
        return typeof result === 'string' ? achievementOf(result) : null;
      }
      const result = rules.withdrawal(actual, target, criterion);
      if (typeof result === 'string') return result;
      // A criterion in prose without a figure ("…できなければ事業を再構築する"): R4 on the target alone.
      const graded = rules.grade(actual, target);
      return typeof graded === 'string' ? achievementOf(graded) : null;
    }
    case 'status': {
      const result = rules.status(actual, target, planYearIndex(settings), settings.planYears);
      return typeof result === 'string' ? result : null;
    }
    default:
      return null;
  }
}

/** R4 without a criterion: the grade of R3 in the achievement's words. */
function achievementOf(grade: string): string {
  return grade === GRADE_WORDS.met ? WITHDRAWAL_WORDS.achieved : WITHDRAWAL_WORDS.missed;
}

const POSITIVE: ReadonlySet<string> = new Set([GRADE_WORDS.met, STATUS_WORDS.achieved, STATUS_WORDS.onTrack, '達成']);

/** Several measures under one mark: positive only when every measure is; the worst negative otherwise. */
function combine(marks: readonly (string | null)[]): string | null {
  if (marks.length === 0 || marks.some((mark) => mark === null)) return null;
  const negatives = marks.filter((mark): mark is string => mark !== null && !POSITIVE.has(mark));
  if (negatives.length === 0) return marks[0] ?? null;
  return negatives.includes(WITHDRAWAL_WORDS.rebuild) ? WITHDRAWAL_WORDS.rebuild : (negatives[0] ?? null);
}

function agrees(mark: ReadMark, computed: string): boolean {
  switch (mark.kind) {
    case 'grade':
      return mark.negative === !POSITIVE.has(computed);
    case 'achievement':
      return computed === (mark.negative ? WITHDRAWAL_WORDS.missed : WITHDRAWAL_WORDS.achieved);
    case 'withdrawal':
      return computed === WITHDRAWAL_WORDS.rebuild;
    case 'status':
      // On track counts the achieved too (R2).
      return mark.value === STATUS_WORDS.onTrack ? isOnTrack(readStatus(computed)) : computed === mark.value;
    default:
      return true;
  }
}

function declaredOf(ref: CellRef | null): { mark: ReadMark | null; words: string | null } {
  if (!ref || !hasContent(ref) || isCellError(ref.value)) return { mark: null, words: null };
  const text = shown(ref.value);
  return { mark: readDeclaredMark(text), words: declaredWords(text) ?? text };
}

/**
 * Judges one row (its parts share the row's cells); pushes `mark.disagrees` at the mark cell when the
 * declared mark and the computed one differ (R6).
 */
export function judgeRow(parts: readonly RowPart[], context: CheckContext, findings: Finding[]): RowJudgement {
  const head = parts[0];
  if (!head) return { computed: null, declared: null, progress: null };
  const layout = head.record.layout ?? 'generic';
  const markRefs = parts.map((part) => first(part.cells, 'mark'));
  const eachLine = parts.length > 1 && markRefs.every((ref) => ref?.line !== undefined);
  const declared = markRefs.map(declaredOf);
  reportUnreadable(markRefs, declared, context, findings);
  const kindOf = (index: number): MarkKind | null => {
    const mark = declared[index]?.mark ?? declared[0]?.mark ?? null;
    if (mark && mark.kind !== 'other' && mark.kind !== 'onTrack' && mark.kind !== 'strategy') return mark.kind;
    if (mark) return null;
    return DEFAULT_KIND[layout] ?? null;
  };
  const computedParts = parts.map((part, index) => {
    const kind = kindOf(index);
    return kind ? computeMark(kind, part.record, context) : null;
  });
  const progress = parts.length === 1 && head.record.actual !== null ? progressOf(head.record, context) : null;
  if (eachLine) {
    parts.forEach((_, index) => {
      const mark = declared[index]?.mark;
      const computed = computedParts[index];
      const ref = markRefs[index];
      if (mark && computed && ref && !agrees(mark, computed))
        findings.push(disagreement(ref, mark, computed, parts[index], context));
    });
    return {
      computed: fukushimaWords(computedParts, parts),
      declared: fukushimaWords(
        declared.map((d) => d.mark?.value ?? null),
        parts,
        true,
      ),
      progress,
    };
  }
  const computed = combine(computedParts);
  const mark = declared[0]?.mark ?? null;
  const ref = markRefs[0] ?? null;
  if (mark && computed && ref && !agrees(mark, computed))
    findings.push(disagreement(ref, mark, computed, head, context));
  const words = layout === 'fukushima-indicator' ? fukushimaWords([computed], parts) : computed;
  const declaredWordsOfRow =
    layout === 'fukushima-indicator'
      ? fukushimaWords([mark?.value ?? null], parts, true)
      : (declared[0]?.words ?? null);
  return { computed: words, declared: declaredWordsOfRow, progress };
}

/** A mark cell the mark reader cannot read, once per cell; a list of options with none ticked is a missing choice. */
function reportUnreadable(
  refs: readonly (CellRef | null)[],
  declared: readonly { mark: ReadMark | null }[],
  context: CheckContext,
  findings: Finding[],
): void {
  const seen = new Set<string>();
  refs.forEach((ref, index) => {
    if (!ref || !hasContent(ref) || isCellError(ref.value) || declared[index]?.mark) return;
    const key = `${ref.row}:${ref.col}:${ref.line ?? 0}`;
    if (seen.has(key)) return;
    seen.add(key);
    const text = shown(ref.value);
    if (text.length > 1000 || context.rules.notMeasured(ref.value)) return;
    const place = { sheet: context.sheet, row: ref.row, col: ref.col, field: 'mark' as const };
    const list = readChoiceList(text);
    if (list?.kind === 'none') {
      const options = [WITHDRAWAL_WORDS.achieved, WITHDRAWAL_WORDS.missed, WITHDRAWAL_WORDS.rebuild].join('・');
      findings.push(makeFinding('choice.required', place, text, { options }));
    } else {
      findings.push(makeFinding('mark.unreadable', place, text, { choices: MARK_CHOICES }));
    }
  });
}

function disagreement(
  ref: CellRef,
  mark: ReadMark,
  computed: string,
  part: RowPart | undefined,
  context: CheckContext,
): Finding {
  const record = part?.record;
  return makeFinding(
    'mark.disagrees',
    { sheet: context.sheet, row: ref.row, col: ref.col, field: 'mark' },
    shown(ref.value),
    {
      declared: mark.value,
      computed,
      actual: record ? shown(record.actual) : '',
      target: record ? shown(judgedTarget(record)) : '',
    },
  );
}

/**
 * 福島区's row in its own words: "個別 B, B; 全体 B" — the 全体 only on the row that holds the 全体 cell
 * (rows under a merged 全体 show their 個別 alone).
 */
function fukushimaWords(marks: readonly (string | null)[], parts: readonly RowPart[], declared = false): string | null {
  if (marks.length === 0 || marks.some((mark) => mark === null)) return null;
  const individual = `個別 ${marks.join(', ')}`;
  const overallRef = parts[0] ? first(parts[0].cells, 'overallMark') : null;
  const ownsOverall = overallRef !== null && overallRef.carried !== true && hasContent(overallRef);
  if (!ownsOverall) return individual;
  const overall = declared
    ? (readDeclaredMark(shown(overallRef.value))?.value ?? null)
    : marks.some((mark) => mark === GRADE_WORDS.missed)
      ? GRADE_WORDS.missed
      : GRADE_WORDS.met;
  return overall === null ? individual : `${individual}; 全体 ${overall}`;
}

function progressOf(record: CaseRecord, context: CheckContext): number | null {
  const target = judgedTarget(record);
  if (isBlank(target) || isBlank(record.actual)) return null;
  const result = progressRate(record.actual, target, undefined, undefined, {
    ambiguousIncrease: context.settings.ambiguousIncrease,
  });
  return isKuseiError(result) ? null : result;
}
