import type { MessageTable } from './table';

/**
 * What the city report says (issue 15): headings, column names and the draft sentences in the
 * publication's style (seed 000 section Ⅱ), Japanese and English. `{name}` placeholders are filled
 * from params; the report model (src/core/report) is the only user.
 */
export const REPORT_MESSAGES = {
  'report.title': {
    ja: '{catalogue}　{year}の進捗状況（全区集計）',
    en: '{catalogue}: progress in {yearEn} (all wards)',
  },
  'report.stamp': { ja: '作成: {stamp}（KUSEI）', en: 'Made {stamp} (KUSEI)' },
  'report.submissions': { ja: '提出状況', en: 'Submissions' },
  'report.expected': { ja: '提出が必要な区', en: 'Wards expected' },
  'report.received': { ja: '提出あり', en: 'Received' },
  'report.missing': { ja: '未提出', en: 'Missing' },
  'report.duplicates': { ja: '重複して提出', en: 'Submitted twice' },
  'report.otherYear': {
    ja: '別の年度・計画のファイル（集計に入れていません）',
    en: 'Files of another year or plan (left out)',
  },
  'report.unreadable': { ja: '読み込めなかったファイル', en: 'Files that could not be read' },
  'report.unexpected': { ja: '一覧にない区名', en: 'Wards not in the list' },
  'report.cityFiles': { ja: '全市の行があるファイル', en: 'Files with the city’s own rows' },
  'report.wardCount': { ja: '{count}区', en: '{count} wards' },
  'report.none': { ja: 'なし', en: 'none' },
  'report.duplicateLine': {
    ja: '{ward}: 「{used}」を使用（{reason}）、「{ignored}」は使用せず',
    en: '{ward}: "{used}" used ({reason}); "{ignored}" not used',
  },
  'report.reason.moreCases': { ja: '件数が多い', en: 'more cases' },
  'report.reason.fewerErrors': { ja: '件数が同じでエラーが少ない', en: 'as many cases, fewer errors' },
  'report.reason.firstGiven': { ja: '件数もエラーも同じで先に指定', en: 'alike; given first' },
  'report.otherYearLine': { ja: '{file}: {found}（{where}）', en: '{file}: {foundEn} ({where})' },
  'report.draft': { ja: '【達成状況】の文案（下書き）', en: 'Draft sentences (【達成状況】)' },
  'report.draftNote': {
    ja: '集計から作った下書きです。公表前に担当者が確認し、必要に応じて書き直してください（「〇区をはじめ」の区は進捗率の最も高い区を選んでいます）。',
    en: 'A draft made from the figures, for the coordinator to check and edit before publication (the ward named first is the one with the highest rate).',
  },
  'report.draftOverall': { ja: '全体（成果目標値の達成に向けた進捗状況・取組の実施状況）', en: 'Overall' },
  'report.table2': { ja: '表２　成果目標値達成に向けた進捗状況', en: 'Table 2: progress towards the targets' },
  'report.table1': { ja: '表１　取組の実施状況', en: 'Table 1: implementation' },
  'report.chart': { ja: '指標別の状況（件数）', en: 'Status by indicator (cases)' },
  'report.matrix': { ja: '区別・指標別の状況', en: 'Status by ward and indicator' },
  'report.wardLists': { ja: '指標ごとの区の状況', en: 'Wards by indicator' },
  'report.files': { ja: '集計したファイル', en: 'Files' },
  'report.findings': { ja: '集計上の指摘', en: 'Consolidation findings' },
  'report.noFindings': { ja: '集計上の指摘はありません。', en: 'No consolidation findings.' },
  'report.col.id': { ja: '指標番号', en: 'Indicator' },
  'report.col.name': { ja: '成果指標', en: 'Outcome indicator' },
  'report.col.cases': { ja: '件数', en: 'Cases' },
  'report.col.onTrack': { ja: '概ね順調', en: 'On track' },
  'report.col.achieved': { ja: 'うち目標達成', en: 'of which achieved' },
  'report.col.behind': { ja: '必ずしも順調ではない', en: 'Behind' },
  'report.col.notMeasured': { ja: '未測定', en: 'Not measured' },
  'report.col.note': { ja: '備考', en: 'Note' },
  'report.col.ward': { ja: '区名', en: 'Ward' },
  'report.col.file': { ja: 'ファイル', en: 'File' },
  'report.col.layout': { ja: '様式', en: 'Layout' },
  'report.col.errors': { ja: 'エラー', en: 'Errors' },
  'report.col.warnings': { ja: '警告', en: 'Warnings' },
  'report.col.severity': { ja: '種別', en: 'Severity' },
  'report.col.place': { ja: '場所', en: 'Place' },
  'report.col.message': { ja: '内容', en: 'Message' },
  'report.col.listing': { ja: '区運営方針への記載', en: 'In the ward plan' },
  'report.col.breakdown': { ja: '内訳', en: 'Breakdown' },
  'report.col.status': { ja: '状況', en: 'Status' },
  'report.col.progress': { ja: '進捗率', en: 'Progress' },
  'report.total': { ja: '計', en: 'Total' },
  'report.items': { ja: '{count}項目', en: '{count} indicators' },
  'report.cityOnce': { ja: '全市で1件として計上', en: 'counted once for the city' },
  'report.reference': {
    ja: '参考（目標を達成した区数と件数。計には含みません）',
    en: 'reference (wards that met the target, and cases; not in the total)',
  },
  'report.note.city': {
    ja: '※ 全市で取り組む指標は、全市の1件として数えています。',
    en: '* A city-wide indicator is counted once for the city.',
  },
  'report.note.reference': {
    ja: '※ 期間の最終年度までに達成をめざす指標は、途中では評価できないため参考として括弧書きにし、計には含みません。',
    en: '* Indicators whose target is due by the last year cannot be judged mid-period: shown in parentheses for reference, not in the total.',
  },
  'report.note.onTrack': {
    ja: '※ 概ね順調は目標達成を含みます。未測定と判定できないものは未測定の欄に数えます。',
    en: '* On track includes achieved. Not measured includes cases whose status cannot be judged.',
  },
  'report.listed': { ja: '記載あり', en: 'Listed' },
  'report.unlisted': { ja: '記載なし', en: 'Not listed' },
  'report.full': { ja: '全て実施', en: 'Fully' },
  'report.partial': { ja: '一部実施', en: 'Partly' },
  'report.done': { ja: '実施', en: 'Implemented' },
  'report.notDone': { ja: '未実施', en: 'Not implemented' },
  'report.status.目標達成': { ja: '目標達成', en: 'Achieved' },
  'report.status.概ね順調': { ja: '概ね順調', en: 'On track' },
  'report.status.必ずしも順調ではない': { ja: '必ずしも順調ではない', en: 'Behind' },
  'report.status.未測定': { ja: '未測定', en: 'Not measured' },
  'report.status.unjudged': { ja: '判定不能', en: 'Not judged' },
  'report.status.outOfScope': { ja: '全市で計上', en: 'counted for the city' },
  'report.status.noCase': { ja: 'なし', en: 'none' },
  'report.segment.onTrackOnly': { ja: '概ね順調（目標達成を除く）', en: 'On track (not yet achieved)' },
  'report.severity.error': { ja: 'エラー', en: 'Error' },
  'report.severity.warning': { ja: '警告', en: 'Warning' },
  'report.severity.info': { ja: '情報', en: 'Info' },
  'report.matrixNote': {
    ja: '各欄は状況と進捗率。進捗率の閾値は{threshold}（{year}は{k}年目／{n}年）。',
    en: 'Each cell: status and progress rate. Threshold {threshold} ({yearEn} is year {k} of {n}).',
  },
  // Draft sentences, in the publication's own words (seed 000 section Ⅱ).
  'report.s.allAchieved': {
    ja: 'すべての区において、{targetYear}までの目標値を達成することができました。',
    en: 'Every ward has already met the target due by {targetYearEn}.',
  },
  'report.s.allOnTrack': {
    ja: 'すべての区において、進捗率が{threshold}以上となっており、目標達成に向けた進捗状況は、概ね順調です。',
    en: 'In every ward the progress rate is {threshold} or more: progress towards the target is on track.',
  },
  'report.s.allButFew': {
    ja: '{few}以外の{count}区においては、進捗率が{threshold}以上となっており、目標達成に向けた進捗状況は、概ね順調です。（{rates}でした）',
    en: 'In the {count} wards other than {few} the progress rate is {threshold} or more: on track. ({rates})',
  },
  'report.s.rate': { ja: '{ward}の進捗率は{rate}', en: "{ward}'s progress rate was {rate}" },
  'report.s.someOnTrack': {
    ja: '{lead}をはじめ{count}区においては、進捗率が{threshold}以上となっており、目標達成に向けた進捗状況が、概ね順調となっています。',
    en: 'In {count} wards, {lead} among them, the progress rate is {threshold} or more: on track.',
  },
  'report.s.oneOnTrack': {
    ja: '{lead}においては、進捗率が{threshold}以上となっており、目標達成に向けた進捗状況が、概ね順調となっています。',
    en: 'In {lead} the progress rate is {threshold} or more: on track.',
  },
  'report.s.someBehind': {
    ja: '一方で、{lead}をはじめ{count}区においては、進捗率が{threshold}未満であり、必ずしも順調とはいえない状況です。',
    en: 'In {count} wards, {lead} among them, the progress rate is below {threshold}: not necessarily on track.',
  },
  'report.s.allBehind': {
    ja: 'すべての区において、進捗率が{threshold}未満であり、必ずしも順調とはいえない状況です。',
    en: 'In every ward the progress rate is below {threshold}: not necessarily on track.',
  },
  'report.s.someAchieved': {
    ja: '特に、{lead}をはじめ{count}区においては、{targetYear}までの目標値を達成することができました。',
    en: 'In particular {count} wards, {lead} among them, have already met the target due by {targetYearEn}.',
  },
  'report.s.oneAchieved': {
    ja: '特に、{lead}においては、{targetYear}までの目標値を達成することができました。',
    en: 'In particular {lead} has already met the target due by {targetYearEn}.',
  },
  'report.s.notMeasured': { ja: 'なお、{wards}は未測定です。', en: 'Not measured: {wards}.' },
  'report.s.missingWards': {
    ja: '（集計した{count}区についての文です。{missing}の提出がありません。）',
    en: '(Of the {count} wards counted; no file from {missing}.)',
  },
  'report.s.referenceSome': {
    ja: '{lead}をはじめ{count}区において、{reportYear}に目標（{target}）を達成しました。（{count}区計{cases}件）',
    en: '{count} wards, {lead} among them, met the target ({target}) in {reportYearEn} ({cases} cases in {count} wards).',
  },
  'report.s.referenceOne': {
    ja: '{lead}において、{reportYear}に目標（{target}）を達成しました。（1区計{cases}件）',
    en: '{lead} met the target ({target}) in {reportYearEn} ({cases} cases).',
  },
  'report.s.referenceNone': {
    ja: '{reportYear}に目標（{target}）を達成した区はありませんでした。',
    en: 'No ward met the target ({target}) in {reportYearEn}.',
  },
  'report.s.referenceNote': {
    ja: '※ 期間の最終年度までに達成をめざす指標のため、件数と区数は参考として記載しています（計には含みません）。',
    en: '* The target is due by the last year, so these figures are for reference (not in the total).',
  },
  'report.s.cityAchieved': {
    ja: '全市で1件として数える指標です。区政を支援する市民局において取り組み、目標を達成しました。',
    en: 'Counted once for the city: the city bureau supporting the wards has met the target.',
  },
  'report.s.cityNotAchieved': {
    ja: '全市で1件として数える指標です。現時点の状況は「{status}」です。',
    en: 'Counted once for the city; its status now is "{statusEn}".',
  },
  'report.s.overallListing': {
    ja: '成果指標{indicators}項目{cases}件（{indicators}項目×{wards}区）の目標値の達成に向けた{reportYear}の取組については、各区の年度ごとの方針である「区運営方針」に記載したものが{listed}件、「区運営方針」には記載していないものが{unlisted}件となっています。',
    en: 'Of the {cases} cases ({indicators} indicators × {wards} wards) in {reportYearEn}, {listed} were listed in the ward plans and {unlisted} were not.',
  },
  'report.s.overallImplementation': {
    ja: '「区運営方針」に記載した{listed}件のうち、記載した取組をすべて実施したものが{full}件、記載した取組の一部を実施したものが{partial}件となっています。また、「区運営方針」に記載していないもののうち、{done}件は取組が実施されており、{notDone}件は取組が実施されていない状況となっています。',
    en: 'Of the {listed} listed, {full} were fully and {partial} partly implemented; of those not listed, {done} were implemented and {notDone} were not.',
  },
  'report.s.overallOnTrack': {
    ja: '成果指標{counted}項目{cases}件のうち、{onTrack}件（全体の{share}を占める）が成果目標値達成に向け概ね順調に進捗しており、うち{leaders}など{achieved}件（{achievedShare}）については、すでに{targetYear}までの目標値を達成しています。',
    en: 'Of the {cases} cases of {counted} indicators, {onTrack} ({shareEn}) are on track, of which {achieved} ({achievedShareEn}), such as {leaders}, have already met the target due by {targetYearEn}.',
  },
  'report.s.overallOnTrackNoneAchieved': {
    ja: '成果指標{counted}項目{cases}件のうち、{onTrack}件（全体の{share}を占める）が成果目標値達成に向け概ね順調に進捗しています。',
    en: 'Of the {cases} cases of {counted} indicators, {onTrack} ({shareEn}) are on track.',
  },
  'report.s.overallBehind': {
    ja: '一方、成果目標値達成に向けた進捗状況が、必ずしも順調ではないと評価されたものは、{leaders}など{behind}件あります。',
    en: 'On the other hand, {behind} cases, such as {leaders}, are not necessarily on track.',
  },
  'report.s.overallNoneBehind': {
    ja: '成果目標値達成に向けた進捗状況が、必ずしも順調ではないと評価されたものはありません。',
    en: 'No case is behind.',
  },
  'report.pane.indicator': { ja: '指標', en: 'Indicator' },
  'report.pane.statusFilter': { ja: '状況で絞り込む', en: 'Filter by status' },
  'report.pane.all': { ja: 'すべて', en: 'All' },
  'report.pane.sortHigh': { ja: '進捗率の高い順', en: 'Highest rate first' },
  'report.pane.sortLow': { ja: '進捗率の低い順', en: 'Lowest rate first' },
  'report.pane.sortWard': { ja: '区の順', en: 'Ward order' },
  'report.pane.sort': { ja: '並べ替え', en: 'Sort' },
  'report.pane.fullMatrix': { ja: '全区・全指標の表', en: 'All wards × all indicators' },
  'report.share': { ja: '約{tenths}割', en: 'about {percent}%' },
} as const satisfies MessageTable;

export type ReportCode = keyof typeof REPORT_MESSAGES;
