/**
 * Error values of judging under a rule profile (src/core/plan): a cell can show them, so the custom
 * functions' view of the table (value-errors.ts) carries them as well as the full table.
 */
export const PROFILE_ERROR_MESSAGES = {
  PROFILE_NEEDS_BASELINE: {
    ja: 'この判定ルールは基準値との比較で評価します。目標値「{target}」に基準値を書いてください(例: 「28年度(6件)から10%減」)。',
    en: 'This rule profile grades against a baseline. Give target "{target}" a baseline (e.g. 「28年度(6件)から10%減」).',
  },
  PROFILE_UNKNOWN: {
    ja: '判定ルール「{text}」はありません。{profiles} のいずれかを書くか、省略してください(省略すると計画の判定ルール)。',
    en: 'There is no rule profile "{text}". Write one of {profiles}, or leave it out (the plan\'s profile is used).',
  },
} as const;
