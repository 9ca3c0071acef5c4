import type { MessageTable } from './table';

/** What the `kusei` command says about its own arguments, Japanese and English (one language per run). */
export const CLI_MESSAGES = {
  'cli.unknownOption': { ja: '不明なオプション {option} です。', en: 'Unknown option {option}.' },
  'cli.needsValue': {
    ja: '{option} には値が必要です（例: {example}）。',
    en: '{option} needs a value (e.g. {example}).',
  },
  'cli.flagWithValue': { ja: '{option} には値を付けません。', en: '{option} takes no value.' },
  'cli.badLang': { ja: '--lang には ja か en を指定してください（{value}）。', en: '--lang takes ja or en ({value}).' },
  'cli.badReportYear': {
    ja: '--report-year「{value}」を年度として読めません。令和8、R8、2026 のように書いてください。',
    en: '--report-year "{value}" is not a fiscal year. Write it as 令和8, R8 or 2026.',
  },
  'cli.reportYearUnderstood': {
    ja: '報告年度: 「{value}」を{wareki}（{year}年度）として集計します。',
    en: 'Report year: "{value}" read as FY{year} ({wareki}).',
  },
  'cli.noInputs': { ja: '集計するファイルを指定してください。', en: 'Give the files to consolidate.' },
  'cli.noMatch': {
    ja: '「{pattern}」に当てはまるファイルがありません。',
    en: 'No file matches "{pattern}".',
  },
  'cli.notFound': { ja: '「{path}」が見つかりません。', en: '"{path}" was not found.' },
  'cli.emptyFolder': {
    ja: 'フォルダー「{path}」に .xlsx / .csv のファイルがありません。',
    en: 'The folder "{path}" holds no .xlsx or .csv file.',
  },
  'cli.unknownCommand': { ja: '不明なコマンド {name} です。', en: 'Unknown command {name}.' },
  'cli.internalError': {
    ja: '内部エラー（KUSEI の不具合です）: {detail}',
    en: 'Internal error (a bug in KUSEI): {detail}',
  },
  'cli.outputExtension': {
    ja: '{option} のファイル名は {kind} で終わるようにしてください（{path}）。',
    en: 'The file name of {option} must end in {kind} ({path}).',
  },
  'cli.outputIsInput': {
    ja: '{option} に集計する入力ファイル（{path}）は指定できません。別のファイル名にしてください。',
    en: '{option} cannot be one of the input files ({path}). Choose another name.',
  },
  'cli.outputsSame': {
    ja: '--out と --report には別のファイルを指定してください。',
    en: '--out and --report must be different files.',
  },
  'cli.outputExists': {
    ja: '{path} は既にあります。上書きするには --force を付けてください。',
    en: '{path} exists. Add --force to replace it.',
  },
  'cli.outputFailed': { ja: '{path} を書き込めませんでした: {reason}', en: 'Could not write {path}: {reason}' },
  'cli.written': { ja: '書き出しました: {path}', en: 'Written: {path}' },
  'cli.unreadable': {
    ja: '{file}: 読み込めませんでした（{problem}）。他のファイルは集計しました。',
    en: '{file}: could not be read ({problem}). The other files were consolidated.',
  },
  'cli.storedMappingsUsed': {
    ja: 'ブックに保存された列の対応づけを使いました（シート: {sheets}）。',
    en: 'Used the column mapping saved in the workbook (sheets: {sheets}).',
  },
} as const satisfies MessageTable;

export type CliCode = keyof typeof CLI_MESSAGES;
