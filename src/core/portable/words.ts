import { MILESTONE_WORDS } from '../values/milestone';
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

/** What a portable formula compares a milestone actual with, after TRIM (formulas.ts writes it, simulate.ts mirrors it). */
export interface PortableMilestone {
  /** Done when the text is one of these, whole. */
  readonly doneTexts: readonly string[];
  /** Done when the text ends with one of these (RIGHT). */
  readonly doneEndings: readonly string[];
  /** Not done when the text is one of these, whole. */
  readonly notDoneTexts: readonly string[];
  /** Not done when the text starts with this and goes on (LEFT, LEN). */
  readonly notDonePrefix: string;
}

/**
 * Built from the core's lists (values/milestone.ts): the marks and words alone, each action alone or
 * with した; the endings (済, 済み, 完了, しました) and 未… as the core has them. The rarer spellings the
 * core also reads (達成した, 実施完) the formula leaves 要確認, never the opposite answer: writing them
 * too would change the formula of every column already written, and the stale check would flag them all.
 */
export const PORTABLE_MILESTONE: PortableMilestone = {
  doneTexts: [
    ...MILESTONE_WORDS.doneMarks,
    ...MILESTONE_WORDS.doneWords,
    ...MILESTONE_WORDS.doneActions.flatMap((action) => [action, `${action}した`]),
  ],
  doneEndings: MILESTONE_WORDS.doneEndings,
  notDoneTexts: MILESTONE_WORDS.notDoneTexts,
  notDonePrefix: MILESTONE_WORDS.notDonePrefix,
};
