import type { Result } from '../result';
import type { RuleOptions } from './args';
import { evaluate } from './evaluate';

/**
 * R1: the progress rate, rounded to 0.1% (0.416 for 41.6%): actual ÷ target; for a lower-is-better
 * target (baseline − actual) ÷ (baseline − target); optionally distance covered with a baseline.
 */
export function progress(
  actual: unknown,
  target: unknown,
  baseline?: unknown,
  direction?: unknown,
  options: RuleOptions = {},
): Result<number> {
  const evaluation = evaluate(actual, target, baseline, direction, options);
  return 'error' in evaluation ? evaluation : evaluation.progress;
}
