import { renderMessage } from '../core/messages/value-errors';
import type { FunctionMessageCode } from '../core/messages/functions';
import type { Table2Code } from '../core/messages/table2';
import type { Language } from './excel-errors';

/** A message of the custom-function layer (range shapes, SUMMARY and Table 2's heads), from the core's one message table. */
export function functionMessage(
  code: FunctionMessageCode | Table2Code,
  language: Language,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return renderMessage(code, params, language);
}
