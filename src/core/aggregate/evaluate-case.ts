import { isCellError, type CellValue } from '../cell';
import type { IndicatorDef } from '../catalogue';
import type { CaseRecord } from '../record';
import { isKuseiError, type KuseiError } from '../result';
import { evaluate, readPeriod } from '../rules';
import { excludedStateOf, judgeEvaluation, type JudgementRule, type StatusKind } from '../plan/judge';
import { DEFAULT_PROFILE, type RuleProfile } from '../plan/profile';
import { planYearIndex, type KuseiSettings } from '../settings';
import { isNotMeasured, readQuantity } from '../values';
import type { AggregateFinding, CaseStatus, EvaluatedCase, Table2Role } from './types';
import { aggregateFinding } from './findings';
import { cellText } from '../text';
import { STATUS_WORDS, STATUSES } from '../values/status-words';

export interface CaseEvaluation {
  readonly evaluated: EvaluatedCase;
  readonly findings: readonly AggregateFinding[];
}

/** One outcome judged: its status, progress and the actual as a number, or why it cannot be judged. */
interface Judgement {
  readonly status: CaseStatus | null;
  readonly progress: number | null;
  readonly actualValue: number | null;
  readonly problem: KuseiError | null;
  readonly rule: JudgementRule | null;
}

/** The profile's kind of status as Table 2 counts it: the city's words, whatever the profile calls it. */
const COUNTED_AS: Readonly<Record<Exclude<StatusKind, 'excluded'>, CaseStatus>> = STATUS_WORDS;

/**
 * Judges one case with the same rules a ward's own cells use (R1, R2, R7), in year k of n of the
 * settings' plan period. A ward's row of a city-scope indicator is not judged: the city's row is.
 * A case read as several outcomes of one cell (seed 004: 2-2-ア "49.6% / 61.8%") is one case whose
 * status is its weakest outcome's, as the ward's overall mark is B when any individual mark is B.
 */
export function evaluateCase(
  parts: readonly CaseRecord[],
  ward: string,
  indicator: IndicatorDef,
  role: Table2Role,
  inTable1: boolean,
  settings: KuseiSettings,
  /** The plan's rule profile; the default (R1–R4) gives exactly the rules' own statusOf. */
  profile: RuleProfile = DEFAULT_PROFILE,
): CaseEvaluation {
  const record = parts[0];
  if (!record) throw new Error('evaluateCase needs at least one record');
  const target = targetOf(record, indicator);
  const base = {
    ward,
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    target,
    actual: parts.length === 1 ? record.actual : parts.map((p) => cellText(p.actual)).join('\n'),
    table2: role,
    inTable1,
    listedInPlan: record.listedInPlan,
    implementation: record.implementation,
    source: record.source,
  };
  if (role === 'outOfScope') {
    return {
      evaluated: { ...base, actualValue: null, progress: null, status: null, rule: null, profileId: profile.id },
      findings: [],
    };
  }
  const period = readPeriod(planYearIndex(settings), settings.planYears);
  const judgements = parts.map((part) => judge(part.actual, targetOf(part, indicator), period, settings, profile));
  const findings = judgements.flatMap((j, index) => {
    const part = parts[index];
    if (!j.problem || !part) return [];
    const text = cellText(part.actual);
    return [
      aggregateFinding('aggregate.statusUnreadable', 'error', { source: part.source, field: 'actual' }, text, {
        ward,
        indicator: indicator.id,
        actual: text,
        target: cellText(targetOf(part, indicator)),
        reason: j.problem.message,
      }),
    ];
  });
  const weakest = judgements.reduce((worst, j) => (rank(j.status) < rank(worst.status) ? j : worst));
  const single = parts.length === 1;
  return {
    evaluated: {
      ...base,
      status: weakest.status,
      progress: single ? weakest.progress : null,
      actualValue: single ? weakest.actualValue : null,
      rule: weakest.rule,
      profileId: profile.id,
    },
    findings,
  };
}

/** Weakest first: unjudgeable, not measured, behind, on track, achieved (STATUSES is best first). */
function rank(status: CaseStatus | null): number {
  return status === null ? 0 : STATUSES.length - STATUSES.indexOf(status);
}

function targetOf(record: CaseRecord, indicator: IndicatorDef): CellValue {
  return isEmpty(record.target) ? indicator.target : record.target;
}

function judge(
  actual: CellValue,
  target: CellValue,
  period: ReturnType<typeof readPeriod>,
  settings: KuseiSettings,
  profile: RuleProfile,
): Judgement {
  const none = { status: null, progress: null, actualValue: null, rule: null };
  // A state the profile excludes (評価困難, 未着手, 中止) is left out of the counts as 未測定 is (R7).
  if (excludedStateOf(actual, profile) !== null)
    return {
      status: STATUS_WORDS.notMeasured,
      progress: null,
      actualValue: null,
      problem: null,
      rule: 'excludedState',
    };
  if (!isCellError(actual) && isNotMeasured(actual))
    return { status: STATUS_WORDS.notMeasured, progress: null, actualValue: null, problem: null, rule: 'notMeasured' };
  if (isKuseiError(period)) return { ...none, problem: period };
  const evaluation = evaluate(actual, target, undefined, undefined, {
    ambiguousIncrease: settings.ambiguousIncrease,
    progressMethod: profile.progress,
  });
  if (isKuseiError(evaluation)) return { ...none, problem: evaluation };
  const judged = judgeEvaluation(evaluation, period, profile);
  if (isKuseiError(judged)) return { ...none, problem: judged };
  const status = judged.kind === 'excluded' ? STATUS_WORDS.notMeasured : COUNTED_AS[judged.kind];
  return {
    status,
    progress: typeof evaluation.progress === 'number' ? evaluation.progress : null,
    actualValue: numberOf(actual),
    problem: null,
    rule: judged.rule,
  };
}

function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The actual as a plain number (0.513 for 51.3%, 2 for 2件); null for a milestone word like 構築済. */
function numberOf(actual: CellValue): number | null {
  const quantity = readQuantity(actual);
  return isKuseiError(quantity) ? null : quantity.value;
}
