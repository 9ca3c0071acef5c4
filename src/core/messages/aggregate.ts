import type { MessageTable } from './table';

/**
 * Messages of consolidation findings, Japanese and English, keyed by code. Each says what is wrong
 * with the set of cases and what to do about it. `{name}` placeholders are filled from params.
 */
export const AGGREGATE_MESSAGES = {
  'aggregate.unknownWard': {
    ja: '区名「{ward}」は集計する区(大阪市の24区と全市)にないため、集計に含めていません。正しい区名(例: 北区)に直してください。',
    en: 'Ward "{ward}" is not one of the wards being consolidated (Osaka\'s 24 wards and 全市), so it was not counted. Correct the ward name (e.g. 北区).',
  },
  'aggregate.noWard': {
    ja: '区名が読み取れない行は集計できません。区名の列、シート名またはファイル名に区名（例: 北区）を書いてください。',
    en: 'A row without a ward cannot be counted. Write the ward (e.g. 北区) in the ward column, the sheet name or the file name.',
  },
  'aggregate.noIndicator': {
    ja: '指標番号が読み取れない行は集計できません。指標番号（例: 1-1-ア）を書いてください。',
    en: 'A row without an indicator id cannot be counted. Write the indicator id (e.g. 1-1-ア).',
  },
  'aggregate.unknownIndicator': {
    ja: '指標番号「{indicator}」は指標一覧（{catalogue}）にありません。一覧の番号（例: 1-1-ア）に直してください。',
    en: 'Indicator "{indicator}" is not in the catalogue ({catalogue}). Use one of its ids (e.g. 1-1-ア).',
  },
  'aggregate.duplicateCase': {
    ja: '{ward}の指標{indicator}が2回以上あります（最初は{first}）。1件にまとめてください。集計には最初の1件だけを使いました。',
    en: '{ward} reports indicator {indicator} more than once (first at {first}). Keep one row; only the first was counted.',
  },
  'aggregate.missingCase': {
    ja: '{ward}の指標{indicator}がありません。この区のシートに指標{indicator}の行を追加してください。',
    en: '{ward} has no row for indicator {indicator}. Add a row for {indicator} to the ward’s sheet.',
  },
  'aggregate.missingWard': {
    ja: '{ward}のシートがありません。{ward}のワークブックも集計に加えてください。',
    en: 'No sheet from {ward}. Add {ward}’s workbook to the consolidation.',
  },
  'aggregate.cityCaseMissing': {
    ja: '指標{indicator}は全市で1件として数えますが、区名「全市」の行がありません。全市の実績を1行（区名: 全市）で書いてください。',
    en: 'Indicator {indicator} is counted once for the whole city, but there is no row for 全市. Add one row with ward 全市 and the city-wide actual.',
  },
  'aggregate.cityRowForWardIndicator': {
    ja: '指標{indicator}は区ごとに数える指標なので、「全市」の行は集計しません。区ごとの行に書いてください。',
    en: 'Indicator {indicator} is counted per ward, so the 全市 row is not counted. Report it per ward.',
  },
  'aggregate.statusUnreadable': {
    ja: '{ward}の指標{indicator}は実績「{actual}」と目標「{target}」から状況を判定できないため、未測定として数えました（{reason}）。',
    en: '{ward}, indicator {indicator}: no status can be judged from actual "{actual}" and target "{target}", so it is counted as not measured ({reason}).',
  },
  'aggregate.listingMissing': {
    ja: '{ward}の指標{indicator}に区運営方針への記載（記載あり／記載なし）がないため、表1の内訳に入れられません。',
    en: '{ward}, indicator {indicator}: whether it is listed in the ward plan (記載あり / 記載なし) is not given, so Table 1 cannot place it.',
  },
  'aggregate.implementationMissing': {
    ja: '{ward}の指標{indicator}に取組の実施状況（全て実施／一部実施／実施／未実施）がないため、表1の内訳に入れられません。',
    en: '{ward}, indicator {indicator}: the implementation status (全て実施 / 一部実施 / 実施 / 未実施) is not given, so Table 1 cannot place it.',
  },
  'aggregate.implementationUnclassified': {
    ja: '{ward}の指標{indicator}は「{listing}」で「{implementation}」ですが、表1にはこの組合せの欄がありません。記載ありなら「全て実施」か「一部実施」、記載なしなら「実施」か「未実施」にしてください。',
    en: '{ward}, indicator {indicator} is "{listing}" with "{implementation}", a combination Table 1 has no column for. Listed cases are 全て実施 or 一部実施; unlisted ones 実施 or 未実施.',
  },
  'aggregate.otherYearFile': {
    ja: '「{file}」は{found}のファイルです（{where}）。この集計は{report}なので、このファイルは集計に入れていません。{report}のファイルを選ぶか、報告年度の設定を{found}にしてください。',
    en: '"{file}" is a file of {foundEn} ({where}). This consolidation is for {reportEn}, so the file was left out. Choose the {reportEn} file, or set the report year to {foundEn}.',
  },
  'aggregate.otherPlanFile': {
    ja: '「{file}」は{found}のファイルで（{where}）、この計画（{plan}）の期間外です。別の計画のファイルなので集計に入れていません。',
    en: '"{file}" is a file of {foundEn} ({where}), outside this plan\'s period ({plan}): a file of another plan, left out of the consolidation.',
  },
  'aggregate.duplicateWardMoreCases': {
    ja: '{ward}のファイルが複数あります: {files}。件数の多い「{used}」を集計に使い、「{ignored}」の{ward}の行は使いませんでした。',
    en: '{ward} was submitted more than once: {files}. "{used}" has more cases and is counted; {ward}\'s rows in "{ignored}" are not.',
  },
  'aggregate.duplicateWardFewerErrors': {
    ja: '{ward}のファイルが複数あります: {files}。件数が同じなのでエラーの少ない「{used}」を集計に使い、「{ignored}」の{ward}の行は使いませんでした。',
    en: '{ward} was submitted more than once: {files}. With as many cases each, "{used}" has fewer errors and is counted; {ward}\'s rows in "{ignored}" are not.',
  },
  'aggregate.duplicateWardFirstGiven': {
    ja: '{ward}のファイルが複数あります: {files}。件数もエラーも同じなので先に指定された「{used}」を集計に使い、「{ignored}」の{ward}の行は使いませんでした。不要なファイルを外してください。',
    en: '{ward} was submitted more than once: {files}. They are alike in cases and errors, so "{used}", given first, is counted and {ward}\'s rows in "{ignored}" are not. Remove the file not meant.',
  },
} as const satisfies MessageTable;

export type AggregateCode = keyof typeof AGGREGATE_MESSAGES;
