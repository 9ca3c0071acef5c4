import type { Result } from '../result';
import { readCriterion } from '../values/criterion';
import type { RuleOptions } from './args';
import { alignTo } from './align';
import { describeValue } from '../values/describe';
import { evaluate, type Evaluation } from './evaluate';
import { WITHDRAWAL_WORDS, type WithdrawalStatus } from '../values/status-words';

export type { WithdrawalStatus } from '../values/status-words';

/**
 * R4: 目標達成 when the activity target is met; else 目標未達成 while the actual still meets the
 * withdrawal criterion (撤退基準); else 撤退基準未達成 (the initiative must be rebuilt).
 */
export function withdrawal(
  actual: unknown,
  target: unknown,
  criterion: unknown,
  options: RuleOptions = {},
): Result<WithdrawalStatus> {
  const evaluation = evaluate(actual, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return evaluation;
  if (evaluation.met) return WITHDRAWAL_WORDS.achieved;
  const rebuild = needsRebuild(evaluation, criterion, describeValue(actual));
  if (typeof rebuild !== 'boolean') return rebuild;
  return rebuild ? WITHDRAWAL_WORDS.rebuild : WITHDRAWAL_WORDS.missed;
}

function needsRebuild(evaluation: Evaluation, criterion: unknown, actualText: string): Result<boolean> {
  const read = readCriterion(criterion, evaluation.direction);
  if ('error' in read) return read;
  if (read.level === 'target') return !evaluation.met;
  const level = alignTo(read.level, evaluation.unit, actualText, describeValue(criterion));
  if (typeof level !== 'number') return level;
  // Compare at a billionth so floating point noise does not decide a rebuild.
  const a = Number(evaluation.actual.toPrecision(10));
  switch (read.rebuildWhen) {
    case 'below':
      return a < level;
    case 'atOrBelow':
      return a <= level;
    case 'above':
      return a > level;
    case 'atOrAbove':
      return a >= level;
  }
}
