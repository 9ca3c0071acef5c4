import type { Result } from '../result';
import { isNotMeasured } from '../values/not-measured';
import type { RuleOptions } from './args';
import { evaluate, type Evaluation } from './evaluate';
import { toPermille } from './round';
import { readPeriod, thresholdOf, type PlanPeriod } from './threshold';
import { isCellError } from '../cell';

export type Status = '目標達成' | '概ね順調' | '必ずしも順調ではない' | '未測定';
export const STATUSES: readonly Status[] = ['目標達成', '概ね順調', '必ずしも順調ではない', '未測定'];

/**
 * R2 (with R7): 目標達成 when the actual meets the target; else 概ね順調 when the progress rate,
 * rounded to 0.1%, reaches k/n rounded up at 0.1%; else 必ずしも順調ではない. Not measured → 未測定.
 */
export function status(
  actual: unknown,
  target: unknown,
  year?: unknown,
  years?: unknown,
  options: RuleOptions = {},
): Result<Status> {
  const period = readPeriod(year, years);
  if ('error' in period) return period;
  if (!isCellError(actual) && isNotMeasured(actual)) return '未測定';
  const evaluation = evaluate(actual, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return evaluation;
  return statusOf(evaluation, period);
}

export function statusOf(evaluation: Evaluation, period: PlanPeriod): Result<Status> {
  if (evaluation.met) return '目標達成';
  if (typeof evaluation.progress !== 'number') return evaluation.progress;
  return toPermille(evaluation.progress) >= toPermille(thresholdOf(period)) ? '概ね順調' : '必ずしも順調ではない';
}
