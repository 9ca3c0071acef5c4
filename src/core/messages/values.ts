import type { MessageTable } from './table';

/**
 * Messages for reading values, targets, fiscal years and applying the rules: the error values of the core (each with the Excel error a custom function shows).
 * Every message says what to write instead: the user fixes the cell, not the add-in.
 * `{name}` placeholders are filled from the error's params.
 */
export const VALUE_MESSAGES = {
  VALUE_EMPTY: {
    excel: '#N/A',
    ja: '値が入力されていません。数値（例: 51.3%、3.5点、7団体）を入力してください。',
    en: 'The cell is empty. Enter a number such as 51.3%, 3.5点 or 7団体.',
  },
  VALUE_NOT_MEASURED: {
    excel: '#N/A',
    ja: '「{text}」は未測定です。測定した値（例: 51.3%）を入力するか、未測定のままにしてください（判定は行いません）。',
    en: '"{text}" means not measured. Enter the measured value (e.g. 51.3%) or leave it as not measured (no status is given).',
  },
  VALUE_UNREADABLE: {
    excel: '#VALUE!',
    ja: '「{text}」を数値として読めません。数値と単位だけを書いてください（例: 51.3%、3.5点、709件、△5）。',
    en: 'Cannot read "{text}" as a number. Write only a number and a unit (e.g. 51.3%, 3.5点, 709件, △5).',
  },
  VALUE_UNKNOWN_UNIT: {
    excel: '#VALUE!',
    ja: '「{text}」の単位「{unit}」を読めません。%、点、件、団体、名、人、回、千円などの単位を使ってください。',
    en: 'Cannot read the unit "{unit}" in "{text}". Use a unit such as %, 点, 件, 団体, 名, 人, 回 or 千円.',
  },
  VALUE_BOOLEAN: {
    excel: '#VALUE!',
    ja: '真偽値（TRUE/FALSE）は数値として読めません。数値（例: 51.3%）を入力してください。',
    en: 'A TRUE/FALSE value is not a number. Enter a number such as 51.3%.',
  },
  VALUE_CELL_ERROR: {
    ja: 'セルがエラー値 {cellError} です。元の数式を直すか、数値を入力してください。',
    en: 'The cell holds the error {cellError}. Fix its formula or enter a number.',
  },
  VALUE_NOT_FINITE: {
    excel: '#NUM!',
    ja: '数値が大きすぎるか不正です。通常の数値を入力してください。',
    en: 'The number is too large or not valid. Enter an ordinary number.',
  },
  TARGET_EMPTY: {
    excel: '#N/A',
    ja: '目標値が入力されていません。目標値を書いてください（例: H29年度までに50%以上）。',
    en: 'The target is empty. Write a target such as H29年度までに50%以上.',
  },
  TARGET_UNREADABLE: {
    excel: '#VALUE!',
    ja: '「{text}」を目標値として読めません。「H29年度までに50%以上」「3.5点以上」「前年度以上」のように書いてください。',
    en: 'Cannot read "{text}" as a target. Write it like H29年度までに50%以上, 3.5点以上 or 前年度以上.',
  },
  TARGET_SEVERAL_VALUES: {
    excel: '#VALUE!',
    ja: '「{text}」には目標値が{count}つあります。1つのセルには1つの目標値だけを書いてください（例: 80%以上）。',
    en: '"{text}" holds {count} target values. Write one target per cell (e.g. 80%以上).',
  },
  TARGET_PICKED_BY_UNIT: {
    ja: '「{text}」には目標値が{count}つあります。実績の単位（{unit}）に合う「{value}」で判定しました。1つのセルには1つの目標値だけを書いてください。',
    en: '"{text}" holds {count} target values; the one in the actual\'s unit ({unit}), "{value}", was used. Write one target per cell.',
  },
  TARGET_NO_DIRECTION: {
    ja: '「{text}」には「以上」「以下」などの向きがありません。「以上」とみなしました。意図と違う場合は「{value}以下」のように書いてください。',
    en: '"{text}" has no direction (以上/以下); it was read as "at least". If lower is better, write "{value}以下".',
  },
  TARGET_AMBIGUOUS_INCREASE: {
    ja: '「{text}」の「{amount}%{change}」は、割合の指標ではポイント差か比率か決まりません。設定に従い{rule}として読みました。明確にするには「{example}」のように目標値を書いてください。',
    en: '"{amount}% {changeEn}" in "{text}" is ambiguous for a percentage indicator (points or per cent of the base). It was read as {ruleEn} per the workbook setting. To be explicit, write the target value, e.g. "{example}".',
  },
  TARGET_NEEDS_BASELINE: {
    excel: '#N/A',
    ja: '「{text}」は基準値（前年度実績など）に対する目標です。基準値を指定してください（関数では第3引数）。',
    en: '"{text}" is relative to a baseline (e.g. the previous year). Give the baseline value (the third argument of the function).',
  },
  TARGET_ZERO: {
    excel: '#DIV/0!',
    ja: '目標値が0のため進捗率を計算できません（0で割ることになります）。0以外の目標値を書いてください。',
    en: 'The target is 0, so the progress rate cannot be computed (division by zero). Write a non-zero target.',
  },
  TARGET_EQUALS_BASELINE: {
    excel: '#DIV/0!',
    ja: '基準値と目標値が同じ（{value}）ため進捗率を計算できません。基準値と異なる目標値を書いてください。',
    en: 'The baseline equals the target ({value}), so the progress rate cannot be computed. Write a target that differs from the baseline.',
  },
  TARGET_LOWER_NEEDS_BASELINE: {
    excel: '#N/A',
    ja: '「{text}」は値が小さいほど良い目標です。進捗率には基準値（前年度実績など）が必要です。基準値を指定してください。',
    en: '"{text}" is a lower-is-better target; its progress rate needs a baseline (e.g. the previous year). Give the baseline value.',
  },
  UNIT_MISMATCH: {
    excel: '#VALUE!',
    ja: '実績「{actual}」と目標「{target}」の単位が違います（{actualUnit} と {targetUnit}）。実績を目標と同じ単位で書いてください。',
    en: 'The actual "{actual}" and the target "{target}" have different units ({actualUnit} vs {targetUnit}). Write the actual in the target\'s unit.',
  },
  MILESTONE_ACTUAL_UNREADABLE: {
    excel: '#VALUE!',
    ja: '「{text}」から、目標「{target}」が済んだかどうか読めません。済んでいれば「構築済」「実施済」「完了」、まだなら「未実施」と書いてください。',
    en: 'Cannot tell from "{text}" whether the milestone "{target}" is done. Write 構築済, 実施済 or 完了 when done, 未実施 when not.',
  },
  CRITERION_UNREADABLE: {
    ja: '撤退基準「{text}」を読めません。「600件未満の場合は事業を再構築する」「50%未満であれば再構築」のように数値を含めて書いてください。',
    en: 'Cannot read the withdrawal criterion "{text}". Include a number, e.g. 600件未満の場合は事業を再構築する.',
  },
  NOT_MEASURED: {
    excel: '#N/A',
    ja: '実績が未測定（{text}）のため判定しません。測定した値を入力すると判定します。',
    en: 'The actual is not measured ({text}), so no status is given. Enter the measured value to get one.',
  },
  YEAR_UNREADABLE: {
    excel: '#VALUE!',
    ja: '「{text}」を年度として読めません。「平成27年度」「H27年度」「令和6年度」「R6」「2015」のように書いてください。',
    en: 'Cannot read "{text}" as a fiscal year. Write it like 平成27年度, H27年度, 令和6年度, R6 or 2015.',
  },
  YEAR_OUT_OF_ERA: {
    excel: '#NUM!',
    ja: '「{text}」は{era}の範囲外です（{era}は{first}〜{last}年）。年号か年を確かめてください。',
    en: '"{text}" is outside the {eraEn} era (years {first}–{last}). Check the era or the year.',
  },
  YEAR_OUT_OF_RANGE: {
    excel: '#NUM!',
    ja: '年度 {year} は扱えません。1926年度以降の西暦（例: 2015）を指定してください。',
    en: 'Fiscal year {year} is not supported. Give a western year from 1926 on (e.g. 2015).',
  },
  PERIOD_INVALID: {
    excel: '#NUM!',
    ja: '計画期間の指定が正しくありません（{year}年目／{years}年間）。1以上の整数で、年目は期間以下にしてください（例: 1, 3）。',
    en: 'The plan period is not valid (year {year} of {years}). Use whole numbers from 1, the year not beyond the period (e.g. 1, 3).',
  },
  DIRECTION_UNREADABLE: {
    excel: '#VALUE!',
    ja: '向き「{text}」を読めません。「以上」「以下」「未満」のいずれかを書いてください。',
    en: 'Cannot read the direction "{text}". Write 以上, 以下 or 未満.',
  },
  CATALOGUE_INVALID: {
    excel: '#VALUE!',
    ja: '指標カタログが正しくありません（{path}: {problem}）。カタログのJSONを直してください。',
    en: 'The indicator catalogue is not valid ({path}: {problemEn}). Fix the catalogue JSON.',
  },
} as const satisfies MessageTable;
