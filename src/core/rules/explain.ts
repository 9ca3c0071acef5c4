import { renderMessage, type ValueErrorCode } from '../messages/value-errors';
import type { MessageParams } from '../messages/table';
import type { PeriodRule } from './args';
import { describeValue } from '../values/describe';
import type { Evaluation } from './evaluate';
import { formatQuantity, formatRate } from './format';
import { statusInputs, statusOf } from './status';
import { thresholdOf, type PlanPeriod } from './threshold';
import { toPermille } from './round';

/** KUSEI.EXPLAIN answers in Japanese, the language of the sheets it explains (messages/explain.ts). */
const say = (code: ValueErrorCode, params: MessageParams = {}): string => renderMessage(code, params, 'ja');

/**
 * One Japanese sentence showing the working behind a status, so a user can check it by hand:
 * `20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調`.
 */
export const explain: PeriodRule<string> = (actual, target, year, years, options = {}) => {
  const inputs = statusInputs(actual, target, year, years, options);
  if (inputs === 'notMeasured') {
    return say('explain.notMeasured', { actual: describeValue(actual) || say('explain.emptyCell') });
  }
  if ('error' in inputs) return inputs;
  const judged = statusOf(inputs.evaluation, inputs.period);
  if (typeof judged !== 'string') return judged;
  const shown = working(inputs.evaluation, inputs.period, describeValue(actual));
  return `${shown}${shown.endsWith('）') ? '' : ' '}→ ${judged}`;
};

function working(e: Evaluation, period: PlanPeriod, actualText: string): string {
  if (e.formula === 'milestone') {
    const state = e.met ? 'explain.milestoneDone' : 'explain.milestoneOpen';
    return say('explain.milestone', {
      actual: actualText,
      milestone: e.target.milestone ?? e.target.text,
      state: say(state),
    });
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
    return say(e.met ? 'explain.meetsNoRate' : 'explain.missesNoRate', {
      actual: a,
      target: t,
      direction: directionWord,
    });
  }
  const rate = `${formula} = ${formatRate(e.progress)}`;
  if (e.met) return say('explain.meets', { rate, actual: a, target: t, direction: directionWord });
  const threshold = thresholdOf(period);
  const comparison = toPermille(e.progress) >= toPermille(threshold) ? '≥' : '<';
  return say('explain.againstThreshold', {
    rate,
    comparison,
    threshold: formatRate(threshold),
    years: period.years,
    year: period.year,
  });
}
