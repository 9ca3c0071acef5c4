import {
  MILESTONE_DONE_ACTIONS,
  MILESTONE_DONE_ENDINGS,
  MILESTONE_DONE_MARKS,
  MILESTONE_DONE_WORDS,
  MILESTONE_NOT_DONE_PREFIX,
  MILESTONE_NOT_DONE_TEXTS,
} from '../values/milestone';
import { NOT_MEASURED_WORDS } from '../values/not-measured';

/**
 * What the portable status columns write in a cell besides the four statuses of R2/R7. Cell text,
 * not UI text: a workbook keeps it whatever the reader's language, so it is Japanese as the
 * published tables are.
 */
/** The actual is text Excel's own functions cannot read as the core does (`約3割`): look at it. */
export const NEEDS_REVIEW = '要確認';
/** A reference-only indicator (1-3-イ/ウ, R8): shown, never judged. */
export const REFERENCE_ONLY = '参考';
/** A ward row of an indicator counted once city-wide (1-3-ア, seed 000 ※1). */
export const CITY_WIDE = '全市で判定';

/** Texts that mean "not measured" (R7) and that a formula can compare exactly (after TRIM). */
export const NOT_MEASURED_TEXTS: readonly string[] = [
  '',
  ...NOT_MEASURED_WORDS,
  // The dashes and slashes values/not-measured.ts folds to "-" before it reads them; a formula
  // cannot fold, so it compares each as written.
  '-',
  '－',
  'ー',
  '―',
  '‐',
  '~',
  '〜',
  '～',
  '/',
  '／',
];

/**
 * Milestone actuals a formula compares whole (after TRIM), built from the core's lists
 * (values/milestone.ts): the marks and words alone, each action alone or with した. The endings
 * (済, 済み, 完了, しました) and 未… are compared by RIGHT and LEFT. The rarer spellings the core
 * also reads (達成した, 実施完) the formula leaves 要確認, never the opposite answer: writing them
 * too would change the formula of every column already written, and the stale check would flag them all.
 */
export const MILESTONE_DONE_TEXTS: readonly string[] = [
  ...MILESTONE_DONE_MARKS,
  ...MILESTONE_DONE_WORDS,
  ...MILESTONE_DONE_ACTIONS.flatMap((action) => [action, `${action}した`]),
];
export { MILESTONE_DONE_ENDINGS, MILESTONE_NOT_DONE_PREFIX, MILESTONE_NOT_DONE_TEXTS };
