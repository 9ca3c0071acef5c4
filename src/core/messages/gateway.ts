import type { MessageTable } from './table';

/**
 * Messages of a workbook operation Excel refused (the pane shows them; Office's own code, message and
 * debugInfo follow in a details line, for whoever supports the user). Each says what to do.
 */
export const GATEWAY_MESSAGES = {
  GATEWAY_FAILED: {
    ja: 'Excel での操作を完了できませんでした。もう一度お試しください。続くときは、下の詳細を添えて担当者に連絡してください。',
    en: 'Excel could not complete the operation. Try again; if it keeps failing, send the details below to your support contact.',
  },
  GATEWAY_PROTECTED: {
    ja: 'シートまたはブックが保護されているため書き込めませんでした。[校閲]→[シート保護の解除]をしてから、もう一度お試しください。',
    en: 'The sheet or workbook is protected, so nothing was written. Choose Review → Unprotect Sheet and try again.',
  },
  GATEWAY_TOO_LARGE: {
    ja: 'シートが大きすぎて Excel とやり取りできませんでした。使っていない行・列を削除するか、区ごとにシートを分けてから、もう一度お試しください。',
    en: 'The sheet is too large to exchange with Excel. Delete unused rows and columns, or split it by ward, and try again.',
  },
  GATEWAY_CELL_EDITING: {
    ja: 'セルを編集中のため操作できませんでした。Enter キーか Esc キーで編集を終えてから、もう一度お試しください。',
    en: 'A cell is being edited, so the operation could not run. Press Enter or Esc to finish editing and try again.',
  },
  GATEWAY_NOT_FOUND: {
    ja: '対象のシートまたはセルが見つかりませんでした(名前が変わったか、削除されたようです)。シートを確認し、もう一度検証してください。',
    en: 'The sheet or cell concerned was not found (it seems renamed or deleted). Check the sheet and check it again.',
  },
} as const satisfies MessageTable;

export type GatewayMessageCode = keyof typeof GATEWAY_MESSAGES;
