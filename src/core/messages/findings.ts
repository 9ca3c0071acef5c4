import type { Severity } from '../finding';

export type { MessageParams } from './table';

/**
 * Every validation finding (domain §5), with its severity and messages that say what to write
 * instead. `{name}` placeholders are filled from the finding's params. Documented in docs/findings.md.
 */
export interface FindingMessage {
  readonly severity: Severity;
  readonly ja: string;
  readonly en: string;
}

export const FINDING_MESSAGES = {
  'layout.unknown': {
    severity: 'error',
    ja: '区の進捗表として読める表が見つかりません。見出し行に「指標番号」「目標値」「実績」などの列名を書いてください(例: 区名,指標番号,取組の方向性,目標値,単位,27年度実績)。',
    en: 'No table readable as a ward progress sheet was found. Write a header row with column names such as 指標番号 (indicator id), 目標値 (target) and 実績 (actual).',
  },
  'sheet.empty': {
    severity: 'info',
    ja: 'シート「{sheet}」は空です。読み取る内容はありません。',
    en: 'Sheet "{sheet}" is empty; there is nothing to read.',
  },
  'sheet.notRecognised': {
    severity: 'warning',
    ja: 'シート「{sheet}」には見出し行が見つからないため、読み取っていません。区の進捗表なら、見出し行に「目標値」「実績」などの列名を書いてください。',
    en: 'Sheet "{sheet}" has no recognisable header row and was not read. If it is a ward progress sheet, add a header row naming columns such as 目標値 (target) and 実績 (actual).',
  },
  'sheet.tooManyRows': {
    severity: 'error',
    ja: 'シートの行が多すぎるため、{cell}以降は読み取っていません({limit}行まで)。区ごと・年度ごとにファイルを分けてください。',
    en: 'The sheet has too many rows; rows from {cell} on were not read (limit {limit}). Split the file by ward or year.',
  },
  'sheet.tooManyColumns': {
    severity: 'error',
    ja: 'シート「{sheet}」には{limit}列目(XFD列)より右のセルがあるため、それら({count}個)は読み取っていません。Excelのシートに収まる表にしてください。',
    en: 'Sheet "{sheet}" has cells right of column {limit} (XFD); those {count} were not read. Keep the table within an Excel sheet.',
  },
  'file.tooManyCells': {
    severity: 'error',
    ja: 'ファイルのセルが多すぎるため(上限{limit}セル)、シート「{sheet}」の{count}セルを読み取っていません。区ごと・年度ごとにファイルを分けてください。',
    en: 'The file has too many cells (limit {limit}): {count} cells of sheet "{sheet}" were not read. Split the file by ward or year.',
  },
  'cell.beyondExcelLength': {
    severity: 'warning',
    ja: 'セルの文字数({count}文字)がExcelの上限({limit}文字)を超えているため、先頭の{limit}文字だけを読み取りました。要点を短く書いてください。',
    en: 'This cell holds {count} characters, more than Excel allows ({limit}); only the first {limit} were read. Shorten it.',
  },
  'csv.unclosedQuote': {
    severity: 'error',
    ja: '{cell}で始まる引用符(")が閉じられていないため、そこから先は読み取っていません。引用符を閉じるか、Excelで開いてCSVとして保存し直してください。',
    en: 'A quote (") opened at {cell} is never closed, so nothing from there on was read. Close the quote, or open the file in Excel and save it as CSV again.',
  },
  'file.tooManyFindings': {
    severity: 'warning',
    ja: '指摘が多すぎるため、最初の{limit}件だけを示しています(ほかにエラー{errors}件、警告{warnings}件、情報{infos}件)。示した指摘を直してから、もう一度確認してください。',
    en: 'Too many findings: only the first {limit} are listed ({errors} more errors, {warnings} more warnings, {infos} more notes). Fix those shown and check again.',
  },
  'sheet.hidden': {
    severity: 'warning',
    ja: 'シート「{sheet}」は非表示ですが、{records}件を読み取りました。集計に含めない場合は、シートを削除してください。',
    en: 'Sheet "{sheet}" is hidden, but {records} records were read from it. Delete the sheet if it should not count.',
  },
  'row.hidden': {
    severity: 'warning',
    ja: '{row}行目は非表示ですが、読み取りました。集計に含めない場合は、行を削除してください。',
    en: 'Row {row} is hidden but was read. Delete the row if it should not count.',
  },
  'table.noRows': {
    severity: 'warning',
    ja: '見出し行({cell})の下にデータ行がありません。見出しの下の行に1指標ずつ記入してください。',
    en: 'The header row ({cell}) has no data rows below it. Write one indicator per row under the header.',
  },
  'column.missing': {
    severity: 'error',
    ja: '「{layout}」の表に「{field}」の列が見つかりません。見出しを「{example}」としてください。',
    en: 'The "{layoutEn}" table has no "{fieldEn}" column. Name its header "{example}".',
  },
  'column.duplicate': {
    severity: 'warning',
    ja: '「{header}」の列({cell})は「{field}」の列と重複するため読み取っていません。どちらを使うか列の対応づけで指定してください。',
    en: 'Column "{header}" ({cell}) duplicates another "{fieldEn}" column and was not read. Choose the right one in the column mapping.',
  },
  'mapping.lowConfidence': {
    severity: 'warning',
    ja: '列の対応づけの確かさが低い({confidence})ため、読み取った列を確認してください。違っていれば対応づけを修正してください。',
    en: 'The column mapping is uncertain ({confidence}); check the columns read and correct the mapping if needed.',
  },
  'mapping.invalid': {
    severity: 'error',
    ja: '指定された列の対応づけが使えません({problem})。列は A, B… の列名、項目は一覧にある名前で指定してください。',
    en: 'The column mapping given cannot be used: {problemEn}. Name columns by letter (A, B…) and fields by their listed names.',
  },
  'cell.required': {
    severity: 'error',
    ja: '「{field}」が空欄です。{example} のように記入してください。',
    en: '"{fieldEn}" is empty. Write it, e.g. {example}.',
  },
  'cell.formulaError': {
    severity: 'error',
    ja: 'セルの数式の結果がエラー({text})です。参照先を直すか、値を直接入力してください。',
    en: 'The formula in this cell results in an error ({text}). Fix what it refers to or type the value.',
  },
  'cell.formulaNotCalculated': {
    severity: 'error',
    ja: 'セルの数式({text})は計算結果が保存されていないため、値が分かりません。Excelで開いて再計算(F9)し、保存し直してください。',
    en: 'The formula in this cell ({text}) was saved without its result, so its value is unknown. Open the file in Excel, recalculate (F9) and save it again.',
  },
  'cell.tooLong': {
    severity: 'warning',
    ja: 'セルの文字数が多すぎます({length}文字)。{field}として読めないため、要点を短く書いてください。',
    en: 'This cell is very long ({length} characters) and cannot be read as {fieldEn}; shorten it.',
  },
  'value.notNumber': {
    severity: 'error',
    ja: '「{text}」を数値として読めません。51.3% や 709件 のように数値と単位で書いてください(測っていなければ「未測定」)。',
    en: '"{text}" cannot be read as a number. Write a number with its unit, e.g. 51.3% or 709件 (or 未測定 if not measured).',
  },
  'value.unitMismatch': {
    severity: 'error',
    ja: '実績の単位({actualUnit})が目標の単位({targetUnit})と違います。目標と同じ単位で書いてください。',
    en: 'The actual is in {actualUnit} but the target is in {targetUnit}. Write the actual in the target unit.',
  },
  'value.percentOutOfRange': {
    severity: 'error',
    ja: '割合「{text}」が0%〜100%の範囲外です。百分率で書いてください(例: 51.3%。0.513 のままなら表示形式を%に)。',
    en: 'The percentage "{text}" is outside 0–100%. Write it as a percentage (e.g. 51.3%).',
  },
  'target.unreadable': {
    severity: 'error',
    ja: '目標「{text}」を読めません。「H29年度までに50%以上」のように、数値・単位・以上/以下を書いてください。',
    en: 'The target "{text}" cannot be read. Write a value, unit and direction, e.g. H29年度までに50%以上.',
  },
  'target.noDirection': {
    severity: 'warning',
    ja: '目標「{text}」に以上・以下(増・減)がありません。高いほど良い(以上)として判定しました。違う場合は「{text}以下」のように書いてください。',
    en: 'The target "{text}" has no direction (以上/以下); it was judged as higher-is-better. If not, write e.g. "{text}以下".',
  },
  'target.ambiguousRelative': {
    severity: 'warning',
    ja: '目標「{text}」の「%増/減」は、ポイントか割合か曖昧です。設定により{rule}として扱いました。「5ポイント増」などと書くと確実です。',
    en: 'The target "{text}" is ambiguous (points or per cent of the base); it was read as {ruleEn} by the workbook setting. Write e.g. 5ポイント増 to be explicit.',
  },
  'target.yearBeforeReport': {
    severity: 'error',
    ja: '目標年度({targetYear})が報告年度({reportYear})より前です。目標年度か、設定の報告年度を確認してください。',
    en: 'The target year ({targetYear}) is before the report year ({reportYear}). Check the target year or the report year setting.',
  },
  'mark.unreadable': {
    severity: 'error',
    ja: '判定「{text}」を読めません。{choices} のいずれかを書いてください。',
    en: 'The mark "{text}" cannot be read. Write one of {choices}.',
  },
  'mark.disagrees': {
    severity: 'error',
    ja: '記入された判定「{declared}」が、実績{actual}と目標{target}から求めた「{computed}」と違います。判定か目標の記載を確認してください。',
    en: 'The mark "{declared}" disagrees with "{computed}" computed from actual {actual} and target {target}. Check the mark or the target.',
  },
  'mark.overallDisagrees': {
    severity: 'error',
    ja: '全体の判定「{declared}」が個別の判定と合いません(個別に B があれば全体は B)。全体を「{computed}」にしてください。',
    en: 'The overall mark "{declared}" does not fit the individual marks (any B makes the overall B). Write "{computed}".',
  },
  'explanation.missing': {
    severity: 'error',
    ja: '判定が「{mark}」のため、課題・改善策の記入が必須です。このセルに課題と改善策を書いてください。',
    en: 'The mark is "{mark}", so the issues/improvement cell is required. Write the issues and measures here.',
  },
  'value.notMeasured': {
    severity: 'warning',
    ja: '実績が「{text}」のため未測定として扱い、集計から除きます。測定済みなら実績を記入してください。',
    en: 'The actual is "{text}": treated as not measured and left out of the counts. Enter the actual if it was measured.',
  },
  'ward.unknown': {
    severity: 'error',
    ja: '区名「{text}」は大阪市の24区にありません。「北区」「此花区」のように正しい区名を書いてください(全市の行は「全市」)。',
    en: '"{text}" is not one of Osaka\'s 24 wards. Write a ward name such as 北区 or 此花区 (全市 for city-wide rows).',
  },
  'ward.notFound': {
    severity: 'warning',
    ja: 'シート「{sheet}」の区名が分かりません。表題・シート名・ファイル名のどれかに区名(例: 福島区)を入れてください。',
    en: 'The ward of sheet "{sheet}" is unknown. Put the ward name (e.g. 福島区) in the title, sheet name or file name.',
  },
  'indicator.duplicate': {
    severity: 'error',
    ja: '{ward}の指標「{text}」が重複しています({first}にもあります)。1指標1行にしてください。',
    en: 'Indicator "{text}" of {ward} appears twice (also at {first}). Keep one row per indicator.',
  },
  'indicator.unknown': {
    severity: 'warning',
    ja: '指標番号「{text}」は指標一覧({catalogue})にありません。「1-1-ア」「2-1-ア-①」のように書いてください。',
    en: 'Indicator id "{text}" is not in the catalogue ({catalogue}). Write it like 1-1-ア or 2-1-ア-①.',
  },
  'indicator.idUnreadable': {
    severity: 'error',
    ja: '指標番号「{text}」を読めません。「1-1-ア」「2-1-ア-①」のように書いてください。',
    en: 'Indicator id "{text}" cannot be read. Write it like 1-1-ア or 2-1-ア-①.',
  },
  'budget.notNumber': {
    severity: 'error',
    ja: '{label}「{text}」を金額として読めません。「77百万円」「15,914千円」のように数値と単位で書いてください。',
    en: '{label} "{text}" cannot be read as an amount. Write a number with its unit, e.g. 77百万円.',
  },
  'split.countMismatch': {
    severity: 'error',
    ja: 'ひとつのセルに複数の成果がありますが、実績({actuals}件)と判定({marks}件)の数が合いません。改行で区切って同じ順に同じ数だけ書いてください。',
    en: 'This cell holds several outcomes but {actuals} actuals and {marks} marks. Write them line by line, in the same order and number.',
  },
  'listed.unreadable': {
    severity: 'error',
    ja: '区運営方針への記載「{text}」を読めません。「記載あり」か「記載なし」と書いてください。',
    en: 'Listed-in-plan "{text}" cannot be read. Write 記載あり or 記載なし.',
  },
  'implementation.unreadable': {
    severity: 'error',
    ja: '取組の実施状況「{text}」を読めません。「全て実施」「一部実施」「実施」「未実施」のいずれかを書いてください。',
    en: 'Implementation "{text}" cannot be read. Write 全て実施, 一部実施, 実施 or 未実施.',
  },
  // Issue 12: reading sheets as the wards keep them.
  'column.contentDisagrees': {
    severity: 'warning',
    ja: '列{column}「{header}」は見出しでは「{mapped}」ですが、中身が合わないため「{used}」として読みました。違う場合は列の対応づけで指定してください。',
    en: 'Column {column} "{header}" is headed as {mappedEn} but its cells do not fit, so it was read as {usedEn}. If that is wrong, set the column mapping.',
  },
  'column.unplaced': {
    severity: 'warning',
    ja: '列{column}「{header}」を読み取れていません。{suggestion}の列なら、列の対応づけで「{suggestion}」を指定してください。このシートの「エラーなし」は、この列を読まずに出した結果です。',
    en: 'Column {column} "{header}" was not read. If it holds the {suggestionEn}, map it as such; "no errors" on this sheet was reached without it.',
  },
  'ward.misspelt': {
    severity: 'error',
    ja: '区名「{text}」は大阪市の24区にありません。「{ward}」と書いてください。',
    en: 'Ward name "{text}" is none of Osaka\'s 24 wards. Write {ward}.',
  },
  'choice.required': {
    severity: 'error',
    ja: '「{field}」が選ばれていません。{options}のどちらかに○を付けてください。',
    en: 'No choice is marked for {fieldEn}. Mark one of {options} with ○.',
  },
  'value.percentTypedAsNumber': {
    severity: 'error',
    ja: '「{text}」は%の表示形式のセルに数値{number}を入力したため{shown}になっています。{number}%と入力してください(または{fraction})。',
    en: '"{text}": the number {number} was typed into a percent-formatted cell, which makes it {shown}. Type {number}% (or {fraction}).',
  },
  'target.yearBeforeSheet': {
    severity: 'error',
    ja: '目標の年度({targetYear})が、このシートの報告年度({reportYear}、{yearCell})より前です。前年度の記載が残っていないか確認し、報告年度で書いてください(例: {suggested})。',
    en: "The target year ({targetYear}) is before this sheet's report year ({reportYear}, {yearCell}). Last year's wording may be left over: write the report year (e.g. {suggested}).",
  },
} as const satisfies Record<string, FindingMessage>;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export const FINDING_CODES = Object.keys(FINDING_MESSAGES) as FindingCode[];
