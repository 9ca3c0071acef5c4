import type { MessageTable } from './table';

/**
 * The sentences of KUSEI.EXPLAIN: the working behind a status, so a user can check it by hand
 * (`20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調`). `{direction}` is 以上/以下/超/未満.
 */
export const EXPLAIN_MESSAGES = {
  'explain.notMeasured': {
    ja: '実績が未測定（{actual}）のため判定しません → 未測定',
    en: 'The actual is not measured ({actual}), so no status is given → 未測定',
  },
  'explain.milestone': {
    ja: '実績「{actual}」: 目標「{milestone}」は{state}',
    en: 'Actual "{actual}": target "{milestone}" is {stateEn}',
  },
  'explain.milestoneDone': { ja: '済み', en: 'done' },
  'explain.milestoneOpen': { ja: '未了', en: 'not done' },
  'explain.meets': {
    ja: '{rate}、実績 {actual} は目標 {target}{direction} を満たす',
    en: '{rate}; the actual {actual} meets the target {target}{direction}',
  },
  'explain.meetsNoRate': {
    ja: '実績 {actual} は目標 {target}{direction} を満たす',
    en: 'The actual {actual} meets the target {target}{direction}',
  },
  'explain.missesNoRate': {
    ja: '実績 {actual} は目標 {target}{direction} を満たさない',
    en: 'The actual {actual} does not meet the target {target}{direction}',
  },
  'explain.againstThreshold': {
    ja: '{rate} {comparison} {threshold}（{years}年中{year}年目）',
    en: '{rate} {comparison} {threshold} (year {year} of {years})',
  },
  'explain.emptyCell': { ja: '空欄', en: 'empty' },
} as const satisfies MessageTable;
