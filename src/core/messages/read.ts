import type { MessageTable } from './table';

/** What `kusei read` says: the cells of a workbook exactly as KUSEI's reader read them. */
export const READ_MESSAGES = {
  'read.usage': {
    ja: '使い方: kusei read <ファイル> [--sheet シート名] [--json] [--lang ja|en]\n  KUSEIがブックをどう読んだかを、セルごとに示します(値・数式・表示形式)。指摘が意外なときに、読み取り結果を確かめるためのものです。日付は日付の通し番号と表示形式で示します。\n  終了コード: 0 読めた / 2 読めないファイル・シートがない',
    en: 'usage: kusei read <file> [--sheet NAME] [--json] [--lang ja|en]\n  Shows how KUSEI read a workbook, cell by cell (value, formula, number format), to check what the reader saw when a finding surprises you. Dates show as their serial number with their format.\n  Exit code: 0 read / 2 the file cannot be read or the sheet does not exist',
  },
  'read.oneFile': {
    ja: '読み取るファイルを1つ指定してください。',
    en: 'Give one file to read.',
  },
  'read.sheet': { ja: 'シート「{sheet}」: {count}セル', en: 'Sheet "{sheet}": {count} cells' },
  'read.hiddenSheet': {
    ja: 'シート「{sheet}」(非表示): {count}セル',
    en: 'Sheet "{sheet}" (hidden): {count} cells',
  },
  'read.noSuchSheet': {
    ja: 'ファイル「{file}」にシート「{sheet}」はありません。シート: {sheets}',
    en: 'File "{file}" has no sheet "{sheet}". Sheets: {sheets}',
  },
  'read.notXlsx': {
    ja: 'kusei read は .xlsx のブックを読みます(「{file}」)。CSV はそのままテキストで確かめられます。',
    en: 'kusei read reads .xlsx workbooks ("{file}"). A CSV can be checked as text as it is.',
  },
} as const satisfies MessageTable;

export type ReadCode = keyof typeof READ_MESSAGES;
