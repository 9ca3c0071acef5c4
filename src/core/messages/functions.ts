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
} as const satisfies MessageTable;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;
