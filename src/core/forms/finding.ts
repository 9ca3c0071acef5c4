import type { Finding } from '../finding';
import { qualifiedAddress } from '../address';
import { clip } from '../layouts/normalize';
import { renderMessage, type MessageParams } from '../messages';
import { FORM_FINDING_MESSAGES, type FormFindingCode } from '../messages/forms';

/** A finding about reading a form, at a cell (0-based sheet row/col) or on the sheet. */
export function formFinding(
  code: FormFindingCode,
  sheet: string,
  at: { readonly row: number; readonly col: number } | null,
  params: MessageParams,
): Finding {
  const all = { sheet, ...params };
  return {
    code,
    severity: FORM_FINDING_MESSAGES[code].severity,
    sheet,
    cell: at ? qualifiedAddress(sheet, at.row, at.col) : null,
    row: at ? at.row + 1 : null,
    field: null,
    text: clip(String(params.label ?? params.stage ?? '')),
    message: renderMessage(code, all, 'ja'),
    messageEn: renderMessage(code, all, 'en'),
  };
}
