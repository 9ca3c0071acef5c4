import type { MessageTable } from './table';

/**
 * Messages of the custom-function layer itself (shapes of ranges, the SUMMARY table's labels); the
 * rules' own messages live in the core's table (src/core/messages).
 */
export const FUNCTION_MESSAGES = {
  SHAPE_MISMATCH: {
    ja: '範囲の大きさが合いません（{name} は {size}）。同じ行数・列数の範囲か、1つのセルを指定してください。',
    en: 'The ranges do not match ({name} is {size}). Give ranges of the same size, or a single cell.',
  },
  SUMMARY_SHAPE: {
    ja: '指標番号と状況は同じ行数の1列の範囲で指定してください（指標番号 {a} 行、状況 {b} 行）。',
    en: 'Give indicator ids and statuses as one column each with the same number of rows ({a} and {b} rows).',
  },
  SUMMARY_UNKNOWN_INDICATOR: {
    ja: '指標番号「{text}」は指標一覧（区政運営基本方針）にありません。1-1-ア のように書いてください。',
    en: 'Indicator "{text}" is not in the indicator catalogue. Write it like 1-1-ア.',
  },
  SUMMARY_EMPTY: {
    ja: '集計する行がありません。指標番号と状況の列を指定してください。',
    en: 'Nothing to summarise: give the indicator id and status columns.',
  },
  // KUSEI.SUMMARY's header row and counting labels (Table 2, seed 000 表2).
  SUMMARY_COL_INDICATOR: { ja: '指標', en: 'Indicator' },
  SUMMARY_COL_CASES: { ja: '件数', en: 'Cases' },
  SUMMARY_COL_ON_TRACK: { ja: '概ね順調', en: 'On track' },
  SUMMARY_COL_ACHIEVED: { ja: 'うち目標達成', en: 'of which achieved' },
  SUMMARY_COL_BEHIND: { ja: '必ずしも順調ではない', en: 'Behind' },
  SUMMARY_COL_NOT_MEASURED: { ja: '未測定', en: 'Not measured' },
  SUMMARY_COL_COUNTING: { ja: '集計', en: 'Counting' },
  SUMMARY_COUNTED: { ja: '集計対象', en: 'counted' },
  SUMMARY_REFERENCE: { ja: '参考（合計に含めない）', en: 'reference (not in total)' },
  SUMMARY_TOTAL: { ja: '合計', en: 'Total' },
  SUMMARY_BLANK_INDICATOR: { ja: '（空欄）', en: '(blank)' },
  PERIOD_NEEDED: {
    ja: '目標「{target}」は{targetYear}までの目標です。何年目と年数を指定してください（3年計画の1年目なら =KUSEI.STATUS(実績, 目標値, 1, 3)）。',
    en: 'The target "{target}" runs to FY{fiscalYear}: give the year and the number of years of the plan (year 1 of a 3-year plan: =KUSEI.STATUS(actual, target, 1, 3)).',
  },
  PERIOD_LOOKS_LIKE_FISCAL_YEAR: {
    ja: '{value} は年度のようです。何年目・年数には計画期間の中の数（1〜10）を指定してください（平成27〜29年度の計画の平成27年度なら 1 と 3）。',
    en: '{value} looks like a fiscal year: give the year within the plan and the plan length as 1–10 (FY2015 of a FY2015–2017 plan is 1 and 3).',
  },

  // Function metadata (functions.json / functions.ja-JP.json): descriptions shown in Excel's
  // formula tooltip and parameter names and descriptions (src/functions/table.ts uses these codes).
  FN_PROGRESS: {
    ja: '進捗率（実績 ÷ 目標値、0.1%単位で四捨五入。41.6% は 0.416）を返します。',
    en: 'Progress rate (R1): actual ÷ target, rounded to 0.1% (0.416 for 41.6%).',
  },
  FN_STATUS: {
    ja: '複数年計画の進捗状況（目標達成・概ね順調・必ずしも順調ではない・未測定）を返します。',
    en: 'Status in a multi-year plan (R2): 目標達成, 概ね順調, 必ずしも順調ではない or 未測定.',
  },
  FN_GRADE: {
    ja: '単年度の達成状況を A（達成）または B（未達成）で返します。',
    en: 'Single-year grade (R3): A when the actual meets the target, else B.',
  },
  FN_WITHDRAWAL: {
    ja: '撤退基準による判定（目標達成・目標未達成・撤退基準未達成）を返します。',
    en: 'Withdrawal criterion (R4): 目標達成, 目標未達成 or 撤退基準未達成.',
  },
  FN_THRESHOLD: {
    ja: '計画期間 n 年のうち k 年目に必要な進捗率（0.1%単位で切り上げ。3年中1年目は 0.334）を返します。',
    en: 'Expected progress in year k of n, rounded up at 0.1% (0.334 for 1 of 3).',
  },
  FN_FISCALYEAR: {
    ja: '年度を西暦で返します（平成27年度・H27年度・27年度 → 2015）。',
    en: 'Fiscal year as a western year: 平成27年度, H27年度 or 27年度 give 2015.',
  },
  FN_WAREKI: {
    ja: '西暦の年度を和暦で返します（2024 → 令和6年度、2019 → 令和元年度）。',
    en: 'Fiscal year in the Japanese era: 2024 gives 令和6年度, 2019 gives 令和元年度.',
  },
  FN_NUMBER: {
    ja: 'セルの表す数値を返します（５１．３％ → 0.513、15,914千円 → 15914、△5 → -5）。',
    en: 'The number a cell means: ５１．３％ gives 0.513, 15,914千円 gives 15914, △5 gives -5.',
  },
  FN_TARGET: {
    ja: '目標値の文字列を読み取り、値・単位・向き・目標年度・基準値の1行を返します。',
    en: 'A target text read into one row: value, unit, direction, target year, baseline.',
  },
  FN_EXPLAIN: {
    ja: '進捗状況の判定の根拠を日本語の1文で返します（例: 20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調）。',
    en: 'One sentence in Japanese showing the working behind the status.',
  },
  FN_SUMMARY: {
    ja: '指標ごとの件数・概ね順調・うち目標達成・必ずしも順調ではない・未測定と合計行（表2）を返します。',
    en: 'Table 2 (R8) from a consolidated sheet: per indicator cases, on track, of which achieved, behind, not measured, and a total row.',
  },
  FN_NAME_ACTUAL: { ja: '実績', en: 'actual' },
  FN_PARAM_ACTUAL: {
    ja: '実績（例: 20.8%、２０．８％）。セル1つでも範囲でも指定できます。',
    en: 'Actual value(s), e.g. 20.8% or ２０．８％: a cell or a range.',
  },
  FN_NAME_TARGET: { ja: '目標値', en: 'target' },
  FN_PARAM_TARGET: {
    ja: '目標値の文字列（例: H29年度までに50%以上、48%以上）。',
    en: 'Target text(s) as written, e.g. H29年度までに50%以上 or 48%以上.',
  },
  FN_NAME_BASELINE: { ja: '基準値', en: 'baseline' },
  FN_PARAM_BASELINE: {
    ja: '基準値（前年度実績など）。相対目標や「以下」の目標で使います。省略可。',
    en: 'Baseline value for a relative or lower-is-better target (optional).',
  },
  FN_NAME_DIRECTION: { ja: '向き', en: 'direction' },
  FN_PARAM_DIRECTION: {
    ja: '目標の向き（以上・以下・未満・超）。目標の文字列より優先します。省略可。',
    en: 'Direction overriding the target text: 以上 or 以下 (未満, 超); optional.',
  },
  FN_NAME_YEAR: { ja: '何年目', en: 'year' },
  FN_PARAM_YEAR: {
    ja: '計画期間の何年目か（1〜10。平成27〜29年度の計画の平成27年度なら 1）。',
    en: 'Year k of the plan period, 1–10 (FY2015 of a FY2015–2017 plan is 1).',
  },
  FN_NAME_YEARS: { ja: '年数', en: 'years' },
  FN_PARAM_YEARS: {
    ja: '計画期間の年数（1〜10。平成27〜29年度の計画なら 3）。',
    en: 'Length n of the plan period in years, 1–10 (a FY2015–2017 plan is 3).',
  },
  FN_PARAM_YEAR_OMITTABLE: {
    ja: '計画期間の何年目か（1〜10）。目標年度のない目標では省略できます（1年中1年目）。',
    en: 'Year k of the plan period, 1–10; may be omitted (1 of 1) only for a target without a target year.',
  },
  FN_PARAM_YEARS_OMITTABLE: {
    ja: '計画期間の年数（1〜10）。目標年度のない目標では省略できます。',
    en: 'Length n of the plan period in years, 1–10; may be omitted only for a target without a target year.',
  },
  FN_NAME_PROFILE: { ja: '判定ルール', en: 'profile' },
  FN_PARAM_PROFILE: {
    ja: '省略可。判定ルールのID(kusei-2015、osaka-fixed、ward-single-year、baseline-band)。省略すると作業ウィンドウで選んだ計画の判定ルール、なければ区政運営基本方針の規則。',
    en: "Optional. A rule profile id (kusei-2015, osaka-fixed, ward-single-year, baseline-band); omitted, the plan's profile chosen in the task pane, else the city policy's rules.",
  },
  FN_NAME_ACTIVITY_TARGET: { ja: '業績目標', en: 'target' },
  FN_PARAM_ACTIVITY_TARGET: {
    ja: '取組の業績目標（例: 1,000件以上）。',
    en: 'Activity target(s), e.g. 1,000件以上.',
  },
  FN_NAME_CRITERION: { ja: '撤退基準', en: 'criterion' },
  FN_PARAM_CRITERION: {
    ja: '撤退基準（例: 600件未満）。これを下回ると事業を再構築します。',
    en: 'Withdrawal criterion, e.g. 600件未満 (below it the initiative is rebuilt).',
  },
  FN_NAME_FISCAL_YEAR_TEXT: { ja: '年度', en: 'text' },
  FN_PARAM_FISCAL_YEAR_TEXT: {
    ja: '年度の文字列（例: 平成27年度、H27年度、27年度、R6年度）。',
    en: 'Fiscal year as written, e.g. 平成27年度, H27年度, 27年度 or R6年度.',
  },
  FN_NAME_WESTERN_YEAR: { ja: '西暦年度', en: 'year' },
  FN_PARAM_WESTERN_YEAR: { ja: '西暦の年度（例: 2024）。', en: 'Western fiscal year, e.g. 2024.' },
  FN_NAME_VALUE_TEXT: { ja: '値', en: 'text' },
  FN_PARAM_VALUE_TEXT: {
    ja: '値の文字列（例: ５１．３％、15,914千円、△5）。',
    en: 'Value as written, e.g. ５１．３％, 15,914千円 or △5.',
  },
  FN_NAME_INDICATORS: { ja: '指標番号', en: 'indicators' },
  FN_PARAM_INDICATORS: {
    ja: '指標番号の列（例: 1-1-ア）。1行が1件です。',
    en: 'Indicator ids, one case per row (e.g. 1-1-ア).',
  },
  FN_NAME_STATUSES: { ja: '進捗状況', en: 'statuses' },
  FN_PARAM_STATUSES: {
    ja: '同じ行の進捗状況の列（KUSEI.STATUS の結果）。',
    en: 'Statuses of the same rows (as KUSEI.STATUS gives them).',
  },
  FN_NAME_WARDS: { ja: '区名', en: 'wards' },
  FN_PARAM_WARDS: {
    ja: '同じ行の区名の列。指定すると、全市で1件の指標は「全市」の行だけを数えます。省略可。',
    en: 'Ward names of the same rows: a city-wide indicator then counts only the 全市 row (optional).',
  },
} as const satisfies MessageTable;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;
