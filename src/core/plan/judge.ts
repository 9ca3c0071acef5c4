import { isCellError } from '../cell';
import { kuseiError } from '../messages/value-errors';
import type { Result } from '../result';
import type { RuleOptions } from '../rules/args';
import { evaluate, type Evaluation } from '../rules/evaluate';
import { ceilRate, toPermille } from '../rules/round';
import type { PlanPeriod } from '../rules/threshold';
import { normalizeText } from '../values/normalize';
import { isNotMeasured } from '../values/not-measured';
import type { RuleProfile } from './profile';

export type StatusKind = 'achieved' | 'onTrack' | 'behind' | 'notMeasured' | 'excluded';

/** Which rule of the profile decided a status, so KUSEI.EXPLAIN and the JSON can say so. */
export type JudgementRule =
  'targetMet' | 'progressReachesExpected' | 'progressBelowExpected' | 'notMeasured' | 'excludedState';

export interface Judgement {
  readonly kind: StatusKind;
  /** The status in the profile's own words (概ね順調, A…). */
  readonly status: string;
  readonly profileId: string;
  readonly rule: JudgementRule;
  /** Progress rate rounded to 0.1%, when one was computed. */
  readonly progress: number | null;
  /** The progress the profile expects in this year of the period. */
  readonly expected: number;
}

/** The progress a profile expects in year k of an n-year period. */
export function expectedProgress(profile: RuleProfile, period: PlanPeriod): number {
  const expected = profile.expected;
  if (expected.kind === 'linear') return ceilRate(period.year / period.years);
  const sorted = [...expected.thresholds].sort((a, b) => a.upToYears - b.upToYears);
  // A goal longer than every listed length takes the longest goal's threshold: the profile names no other.
  const chosen = sorted.find((t) => period.years <= t.upToYears) ?? sorted[sorted.length - 1];
  return chosen ? chosen.rate : ceilRate(period.year / period.years);
}

/** A state the profile excludes from counts (評価困難, 未着手, 中止), read in any width or spacing. */
export function excludedStateOf(actual: unknown, profile: RuleProfile): string | null {
  if (typeof actual !== 'string' || profile.excludedStates.length === 0) return null;
  const text = normalizeText(actual);
  return profile.excludedStates.find((state) => normalizeText(state) === text) ?? null;
}

/** R2 under a profile: one actual against one target in year k of n. */
export function judgeStatus(
  actual: unknown,
  target: unknown,
  period: PlanPeriod,
  profile: RuleProfile,
  options: RuleOptions = {},
): Result<Judgement> {
  const expected = expectedProgress(profile, period);
  const base = { profileId: profile.id, expected, progress: null };
  const excluded = excludedStateOf(actual, profile);
  if (excluded !== null) return { ...base, kind: 'excluded', status: excluded, rule: 'excludedState' };
  if (!isCellError(actual) && isNotMeasured(actual)) {
    return { ...base, kind: 'notMeasured', status: profile.statusWords.notMeasured, rule: 'notMeasured' };
  }
  const evaluation = evaluate(actual, target, options.baseline, options.direction, {
    ...options,
    progressMethod: profile.progress,
  });
  if ('error' in evaluation) return evaluation;
  return judgeEvaluation(evaluation, period, profile);
}

export function judgeEvaluation(evaluation: Evaluation, period: PlanPeriod, profile: RuleProfile): Result<Judgement> {
  const expected = expectedProgress(profile, period);
  const progress = typeof evaluation.progress === 'number' ? evaluation.progress : null;
  const base = { profileId: profile.id, expected, progress };
  const words = profile.statusWords;
  if (evaluation.met) return { ...base, kind: 'achieved', status: words.achieved, rule: 'targetMet' };
  if (typeof evaluation.progress !== 'number') return evaluation.progress;
  // Rates compare as published, in whole tenths of a per cent (R1, seed 000 ※3).
  return toPermille(evaluation.progress) >= toPermille(expected)
    ? { ...base, kind: 'onTrack', status: words.onTrack, rule: 'progressReachesExpected' }
    : { ...base, kind: 'behind', status: words.behind, rule: 'progressBelowExpected' };
}

/** R3 under a profile: A/B when the target is met or not, or the band the rate or baseline change reaches. */
export function gradeUnder(evaluation: Evaluation, profile: RuleProfile): Result<string> {
  const scheme = profile.grades;
  if (scheme.kind === 'met') return evaluation.met ? scheme.met : scheme.notMet;
  if (evaluation.met && scheme.whenMet !== null) return scheme.whenMet;
  const measure = bandMeasure(evaluation, scheme.basis);
  if (typeof measure !== 'number') return measure;
  const bands = [...scheme.bands].sort((a, b) => b.min - a.min);
  const reached = bands.find((band) => toPermille(measure) >= toPermille(band.min));
  return reached ? reached.grade : scheme.below;
}

function bandMeasure(evaluation: Evaluation, basis: 'rate' | 'baselineChange'): Result<number> {
  if (basis === 'rate') return evaluation.progress;
  const baseline = evaluation.baseline;
  if (baseline === null || baseline === 0) {
    return kuseiError('#N/A', 'PROFILE_NEEDS_BASELINE', { target: evaluation.target.text });
  }
  const change = (evaluation.actual - baseline) / Math.abs(baseline);
  // Lower-is-better: a fall from the baseline is the improvement.
  return evaluation.direction === 'lower' ? -change : change;
}
