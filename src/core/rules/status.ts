import type { Result } from '../result';
import { isNotMeasured } from '../values/not-measured';
import { STATUS_WORDS, type Status } from '../values/status-words';
import type { PeriodRule } from './args';
import { evaluate, type Evaluation } from './evaluate';
import { toPermille } from './round';
import { readPeriod, thresholdOf, type PlanPeriod } from './threshold';
import { isCellError } from '../cell';

export { STATUSES, type Status } from '../values/status-words';

/** What a status and its explanation are judged from: the period and the evaluation, unless not measured. */
export type StatusInputs = 'notMeasured' | { readonly period: PlanPeriod; readonly evaluation: Evaluation };

/**
 * The steps KUSEI.STATUS and KUSEI.EXPLAIN share, in their order: the period is checked first (a bad
 * year is an error even for an empty actual), then R7 (not measured), then the actual against the target.
 */
export const statusInputs: PeriodRule<StatusInputs> = (actual, target, year, years, options = {}) => {
  const period = readPeriod(year, years);
  if ('error' in period) return period;
  if (!isCellError(actual) && isNotMeasured(actual)) return 'notMeasured';
  const evaluation = evaluate(actual, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return evaluation;
  return { period, evaluation };
};

/**
 * R2 (with R7): 目標達成 when the actual meets the target; else 概ね順調 when the progress rate,
 * rounded to 0.1%, reaches k/n rounded up at 0.1%; else 必ずしも順調ではない. Not measured → 未測定.
 */
export const status: PeriodRule<Status> = (actual, target, year, years, options = {}) => {
  const inputs = statusInputs(actual, target, year, years, options);
  if (inputs === 'notMeasured') return STATUS_WORDS.notMeasured;
  if ('error' in inputs) return inputs;
  return statusOf(inputs.evaluation, inputs.period);
};

export function statusOf(evaluation: Evaluation, period: PlanPeriod): Result<Status> {
  if (evaluation.met) return STATUS_WORDS.achieved;
  if (typeof evaluation.progress !== 'number') return evaluation.progress;
  return toPermille(evaluation.progress) >= toPermille(thresholdOf(period))
    ? STATUS_WORDS.onTrack
    : STATUS_WORDS.behind;
}
