import type { ExcelErrorKind, KuseiError } from '../core/result';
import { errorMessageEn } from '../core/messages/value-errors';
import type { Language } from '../core/messages/table';

/**
 * Turns the core's error values into what Excel shows in a cell. Excel displays a custom message
 * only with #VALUE! and #N/A, so the other kinds go without one.
 *
 * The `CustomFunctions` global exists only inside Excel's runtime: it is looked up when an error is
 * made, never at import, so the same code runs in the pane in a plain browser and in Node tests.
 */
export type { Language };

/** What a custom function returns in an error cell: CustomFunctions.Error, or its stand-in outside Excel. */
export interface ExcelErrorValue {
  readonly code: ExcelErrorKind;
  readonly message?: string;
}

const ERROR_CODE_NAMES: Readonly<Record<ExcelErrorKind, keyof typeof CustomFunctions.ErrorCode>> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
};

const MESSAGE_KINDS: ReadonlySet<ExcelErrorKind> = new Set(['#VALUE!', '#N/A']);

/** Outside Excel: a plain value with the same two fields as CustomFunctions.Error. */
export class FunctionError implements ExcelErrorValue {
  constructor(
    readonly code: ExcelErrorKind,
    readonly message?: string,
  ) {}
}

interface CustomFunctionsRuntime {
  readonly Error: new (code: CustomFunctions.ErrorCode, message?: string) => ExcelErrorValue;
  readonly ErrorCode: typeof CustomFunctions.ErrorCode;
}

function runtime(): CustomFunctionsRuntime | undefined {
  const candidate = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return candidate?.Error && candidate.ErrorCode ? (candidate as CustomFunctionsRuntime) : undefined;
}

/** Excel's UI language as Office reports it ('ja-JP', 'en-US' …): English only when Office is English. */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage ?? 'ja-JP';
  return language.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function excelError(kind: ExcelErrorKind, message: string | undefined): ExcelErrorValue {
  const shown = MESSAGE_KINDS.has(kind) ? message : undefined;
  const host = runtime();
  if (host === undefined) return new FunctionError(kind, shown);
  return new host.Error(host.ErrorCode[ERROR_CODE_NAMES[kind]], shown);
}

export function toExcelError(error: KuseiError, language: Language = officeLanguage()): ExcelErrorValue {
  return excelError(error.error, language === 'en' ? errorMessageEn(error) : error.message);
}
