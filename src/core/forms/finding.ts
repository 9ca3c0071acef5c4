import type { Finding } from '../finding';
import type { MessageParams } from '../messages';
import type { FormFindingCode } from '../messages/forms';
import { makeFinding } from '../validate/finding-builder';

/** A finding about reading a form, at a cell (0-based sheet row/col) or on the sheet. */
export function formFinding(
  code: FormFindingCode,
  sheet: string,
  at: { readonly row: number; readonly col: number } | null,
  params: MessageParams,
): Finding {
  return makeFinding(
    code,
    { sheet, row: at?.row ?? null, col: at?.col ?? null },
    String(params.label ?? params.stage ?? ''),
    params,
  );
}
