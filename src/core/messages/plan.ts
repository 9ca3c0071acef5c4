import type { Severity } from '../finding';

/**
 * Messages of plans and rule profiles (issue 16): the error values of judging under a profile, and the
 * findings of a 計画定義 sheet a coordinator writes, each saying what to write instead.
 */
export const PLAN_ERROR_MESSAGES = {
  PROFILE_NEEDS_BASELINE: {
    ja: 'この判定ルールは基準値との比較で評価します。目標値「{target}」に基準値を書いてください(例: 「28年度(6件)から10%減」)。',
    en: 'This rule profile grades against a baseline. Give target "{target}" a baseline (e.g. 「28年度(6件)から10%減」).',
  },
} as const;

export interface PlanFindingMessage {
  readonly severity: Severity;
  readonly ja: string;
  readonly en: string;
}

export const PLAN_FINDING_MESSAGES = {
  'plan.fieldMissing': {
    severity: 'error',
    ja: '計画定義に「{label}」がありません。A列に「{label}」、B列にその値を書いてください(例: {example})。',
    en: 'The plan definition has no "{label}". Write "{label}" in column A and its value in column B (e.g. {example}).',
  },
  'plan.yearUnreadable': {
    severity: 'error',
    ja: '「{label}」の「{text}」を年度として読めません。「令和6年度」「R6年度」「2024」のように書いてください。',
    en: '"{text}" for "{label}" is not a fiscal year. Write it like 令和6年度, R6年度 or 2024.',
  },
  'plan.periodReversed': {
    severity: 'error',
    ja: '最終年度({last})が初年度({first})より前です。初年度と最終年度を確かめてください。',
    en: 'The last fiscal year ({last}) is before the first ({first}). Check both years.',
  },
  'plan.profileUnknown': {
    severity: 'error',
    ja: '判定ルール「{text}」は登録されていません。{profiles} のいずれかを書いてください。',
    en: 'Rule profile "{text}" is unknown. Write one of: {profiles}.',
  },
  'plan.wardUnknown': {
    severity: 'error',
    ja: '対象区の「{text}」は大阪市の区名ではありません。「西区」のように区名を、または全区なら「全区」と書いてください。',
    en: '"{text}" in the wards is not an Osaka ward. Write ward names such as 西区, or 全区 for all 24.',
  },
  'plan.headerMissing': {
    severity: 'error',
    ja: '指標の見出し行がありません。A列に「指標番号」、続けて「指標名」「目標値」「単位」「集計区分」「経営課題」の見出しを書いてください。',
    en: 'No indicator header row. Write 指標番号, 指標名, 目標値, 単位, 集計区分, 経営課題 as headers, starting in column A.',
  },
  'plan.idMissing': {
    severity: 'error',
    ja: '{row}行目の指標番号が空です。「1-1-ア」のように指標番号を書いてください。',
    en: 'Row {row} has no indicator id. Write one such as 1-1-ア.',
  },
  'plan.duplicateIndicator': {
    severity: 'error',
    ja: '指標番号「{text}」が重複しています。1つの指標は1行に書いてください。',
    en: 'Indicator id "{text}" appears twice. Write each indicator on one row.',
  },
  'plan.scopeUnknown': {
    severity: 'error',
    ja: '集計区分「{text}」は読めません。「区ごと」「全市で1件」「参考」のいずれかを書いてください。',
    en: 'Counting scope "{text}" is unknown. Write 区ごと (per ward), 全市で1件 (once city-wide) or 参考 (reference only).',
  },
  'plan.targetUnreadable': {
    severity: 'error',
    ja: '目標値「{text}」を読めません: {reason} 例: 「R8年度までに50%以上」「3団体以上」。',
    en: 'Target "{text}" cannot be read: {reason} For example: 「R8年度までに50%以上」, 「3団体以上」.',
  },
  'plan.noIndicators': {
    severity: 'warning',
    ja: '指標が1つもありません。各区が自分のアウトカム指標を持つ計画(区運営方針)なら、このままで構いません。',
    en: 'The plan lists no indicators. That is right for a plan whose wards bring their own outcome indicators.',
  },
} as const satisfies Record<string, PlanFindingMessage>;

export type PlanFindingCode = keyof typeof PLAN_FINDING_MESSAGES;
