import type { Result } from '../result';
import type { RuleOptions } from './args';
import { evaluate } from './evaluate';
import { GRADE_WORDS, type Grade } from '../values/status-words';

export type { Grade } from '../values/status-words';

/** R3: A (達成) when the actual meets the target in its direction, else B (未達成). */
export function grade(actual: unknown, target: unknown, options: RuleOptions = {}): Result<Grade> {
  const evaluation = evaluate(actual, target, options.baseline, options.direction, options);
  if ('error' in evaluation) return evaluation;
  return evaluation.met ? GRADE_WORDS.met : GRADE_WORDS.missed;
}

/** R3: a ward-level overall mark (全体) is B when any individual mark (個別) is B (seed 004). */
export function overallGrade(grades: readonly Grade[]): Grade {
  return grades.includes(GRADE_WORDS.missed) ? GRADE_WORDS.missed : GRADE_WORDS.met;
}
