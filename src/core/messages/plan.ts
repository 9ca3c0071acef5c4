import type { Severity } from '../finding';

/**
 * Messages of plans and rule profiles (issue 16): the error values of judging under a profile, and the
 * findings of a 計画定義 sheet a coordinator writes, each saying what to write instead.
 */

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

/** What `kusei plan` says (one language per run). */
export const PLAN_CLI_MESSAGES = {
  'planCli.usage': {
    ja: '使い方: kusei plan <計画ファイル.xlsx|.json> [--json] [--lang en]\n       kusei plan --template <出力.xlsx> [--from fy2015-2017] [--force]\n計画定義シート(またはJSON)を検証し、期間・判定ルール・対象区・指標を示します。--template は空の計画定義(--from で出荷済みの計画)を書き出します。',
    en: 'usage: kusei plan <plan.xlsx|.json> [--json] [--lang en]\n       kusei plan --template <out.xlsx> [--from fy2015-2017] [--force]\nChecks a 計画定義 (plan definition) sheet or JSON and shows its period, rule profile, wards and indicators. --template writes an empty definition (--from: a shipped plan).',
  },
  'planCli.title': { ja: '{file}: {name}（{id}）', en: '{file}: {name} ({id})' },
  'planCli.period': { ja: '  期間: {first}〜{last}（{years}年）', en: '  period: {first} to {last} ({years} years)' },
  'planCli.profile': { ja: '  判定ルール: {id}（{name}）', en: '  rule profile: {id} ({name})' },
  'planCli.wards': { ja: '  対象区: {count}区', en: '  wards: {count}' },
  'planCli.indicators': {
    ja: '  指標: {count}（区ごと {ward}、全市で1件 {city}、参考 {reference}）',
    en: '  indicators: {count} (per ward {ward}, once city-wide {city}, reference {reference})',
  },
  'planCli.invalid': {
    ja: '{file}: 計画定義に誤りがあるため、計画として使えません。',
    en: '{file}: the plan definition has mistakes and cannot be used.',
  },
  'planCli.finding': { ja: '  {severity}（{cell}）{message}', en: '  {severity} ({cell}) {message}' },
  'planCli.unknownPlan': {
    ja: '出荷済みの計画「{id}」はありません。{plans} のいずれかを指定してください。',
    en: 'There is no shipped plan "{id}". Give one of: {plans}.',
  },
  'planCli.templateWritten': {
    ja: '{out} に計画定義のテンプレートを書き出しました。B列を書き換え、指標を1行ずつ書いてください。',
    en: 'Wrote a plan definition template to {out}. Fill in column B and one indicator per row.',
  },
  'planCli.outputExists': {
    ja: '{out} はすでにあります。置き換えるときは --force を付けてください。',
    en: '{out} already exists. Add --force to replace it.',
  },
  'planCli.severity.error': { ja: 'エラー', en: 'error' },
  'planCli.severity.warning': { ja: '警告', en: 'warning' },
  'planCli.severity.info': { ja: '情報', en: 'info' },
  'planCli.using': {
    ja: '計画: {name}（{id}）、{first}〜{last}、判定ルール {profile}',
    en: 'plan: {name} ({id}), {first} to {last}, rule profile {profile}',
  },
  'planCli.planUnusable': {
    ja: '--plan {file}: 計画定義に誤りがあるため集計しません。上の指摘を直してから、もう一度実行してください。',
    en: '--plan {file}: the plan definition has mistakes, so nothing is consolidated. Correct what is listed above and run again.',
  },
  'planCli.trendTitle': { ja: '■ 年度別の推移（{years}）', en: '■ Years side by side ({years})' },
  'planCli.trendHead': {
    ja: '  指標      {years}',
    en: '  indicator {years}',
  },
  'planCli.trendCell': {
    ja: '{cases}件 順調{onTrack}(達成{achieved}) 遅れ{behind}',
    en: '{cases} cases, on track {onTrack} (achieved {achieved}), behind {behind}',
  },
  'planCli.trendTotal': { ja: '合計', en: 'total' },
  'planCli.trendWardTitle': {
    ja: '  区別（判定した指標のうち 順調(達成) / 遅れ）',
    en: '  per ward (of the indicators judged: on track (achieved) / behind)',
  },
  'planCli.trendWardCell': {
    ja: '{judged}中 順調{onTrack}(達成{achieved}) 遅れ{behind}',
    en: 'of {judged}: on track {onTrack} (achieved {achieved}), behind {behind}',
  },
  'planCli.trendSheet': { ja: '推移', en: 'Trend' },
  'planCli.wardPlanTitle': {
    ja: '■ {name}: {grades}の件数（経営課題別・区別）',
    en: '■ {name}: {grades} per 経営課題 and per ward',
  },
  'planCli.wardPlanGroup': { ja: '経営課題', en: 'management issue (経営課題)' },
  'planCli.wardPlanWard': { ja: '区', en: 'ward' },
  'planCli.wardPlanUngraded': {
    ja: '  判定できない行 {count}件（指摘を見て、実績か目標を直してください）',
    en: '  {count} rows could not be graded (see the findings: correct the actual or the target)',
  },
  'planCli.noGroup': { ja: '（経営課題なし）', en: '(no 経営課題)' },
} as const;

export type PlanCliCode = keyof typeof PLAN_CLI_MESSAGES;
