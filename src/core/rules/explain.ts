import { isCellError } from '../cell';
import type { Result } from '../result';
import { isNotMeasured } from '../values/not-measured';
import type { RuleOptions } from './args';
import { cellText, evaluate, type Evaluation } from './evaluate';
import { formatQuantity, formatRate } from './format';
import { statusOf } from './status';
import { readPeriod, thresholdOf, type PlanPeriod } from './threshold';
import { toPermille } from './round';

/**
 * One Japanese sentence showing the working behind a status, so a user can check it by hand:
 * `20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調`.
 */
export function explain(
  actual: unknown,
  target: unknown,
  year?: unknown,
  years?: unknown,
  options: RuleOptions = {},
): Result<string> {
  const period = readPeriod(year, years);
  if ('error' in period) return period;
  if (!isCellError(actual) && isNotMeasured(actual)) {
    return `実績が未測定（${cellText(actual) || '空欄'}）のため判定しません → 未測定`;
  }
  const evaluation = evaluate(actual, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return evaluation;
  const judged = statusOf(evaluation, period);
  if (typeof judged !== 'string') return judged;
  const shown = working(evaluation, period, cellText(actual));
  return `${shown}${shown.endsWith('）') ? '' : ' '}→ ${judged}`;
}

function working(e: Evaluation, period: PlanPeriod, actualText: string): string {
  if (e.formula === 'milestone') {
    return `実績「${actualText}」: 目標「${e.target.milestone ?? e.target.text}」は${e.met ? '済み' : '未了'}`;
  }
  const a = formatQuantity(e.actual, e.unit);
  const t = formatQuantity(e.targetValue, e.unit);
  const b = e.baseline === null ? '' : formatQuantity(e.baseline, e.unit);
  const directionWord = e.direction === 'higher' ? (e.strict ? '超' : '以上') : e.strict ? '未満' : '以下';
  let formula: string;
  if (e.formula === 'lowerDistance') formula = `(${b} − ${a}) ÷ (${b} − ${t})`;
  else if (e.formula === 'distance') formula = `(${a} − ${b}) ÷ (${t} − ${b})`;
  else formula = `${a} ÷ ${t}`;
  if (typeof e.progress !== 'number') {
    return `実績 ${a} は目標 ${t}${directionWord} を${e.met ? '満たす' : '満たさない'}`;
  }
  const rate = `${formula} = ${formatRate(e.progress)}`;
  if (e.met) return `${rate}、実績 ${a} は目標 ${t}${directionWord} を満たす`;
  const threshold = thresholdOf(period);
  const comparison = toPermille(e.progress) >= toPermille(threshold) ? '≥' : '<';
  return `${rate} ${comparison} ${formatRate(threshold)}（${period.years}年中${period.year}年目）`;
}
