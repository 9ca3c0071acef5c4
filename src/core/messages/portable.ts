import type { MessageTable } from './table';

/** Messages of the portable status columns (issue 14): findings about columns KUSEI wrote before. */
export const PORTABLE_MESSAGES = {
  'status.columnStale': {
    ja: '{cell} の式は、この行の今の目標「{target}」と合いません（目標が書き換えられた後も、書いた時の目標 {written} で計算しています）。「状況列を追加」をもう一度押すと、この列を今の目標で書き直します。',
    en: 'The formula in {cell} no longer matches this row’s target "{target}" (it still computes with the target it was written for, {written}). Press 状況列を追加 (Add status columns) again to rewrite the column for the current target.',
  },
} satisfies MessageTable;

export type PortableMessageCode = keyof typeof PORTABLE_MESSAGES;
