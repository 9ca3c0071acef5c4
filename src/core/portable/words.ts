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

/** Milestone actuals (docs/rules.md, values/milestone.ts) a formula can compare exactly. */
export const MILESTONE_DONE_TEXTS: readonly string[] = [
  '○',
  '◯',
  '〇',
  '済',
  '済み',
  '完了',
  '達成',
  ...['実施', '構築', '設置', '開設', '立ち上げ', '立上げ', '策定', '作成', '選定', '創出', '開催'].flatMap((word) => [
    word,
    `${word}した`,
  ]),
];
/** Endings that mark a milestone as done (済, 済み, 完了, しました). */
export const MILESTONE_DONE_ENDINGS: readonly string[] = ['済', '済み', '完了', 'しました'];
export const MILESTONE_NOT_DONE_TEXTS: readonly string[] = [
  '×',
  '✕',
  'x',
  'X',
  '検討中',
  '準備中',
  '調整中',
  '実施していない',
  'なし',
  '未達成',
  '未完了',
];
