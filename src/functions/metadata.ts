import { renderMessage, type MessageCode } from '../core/messages';
import type { Language } from '../core/messages/table';
import type { FunctionDef } from './broadcast';
import { FUNCTIONS } from './table';

/**
 * functions.json (English) and functions.ja-JP.json (Japanese) made from the one table
 * (table.ts): the build writes them (webpack.config.js) and the tests validate exactly these.
 *
 * Written as data and not generated from JSDoc (custom-functions-metadata-plugin) because:
 * `allowErrorForDataTypeAny` — one #DIV/0! in a range giving an error in its own result cell only —
 * works only with hand-written metadata (Microsoft: "Errors as custom function inputs"); the plugin
 * has no locales, so the Japanese file needed a second table that could drift; and the parameter
 * list, the wrapper and the JSDoc were three copies of one fact.
 *
 * Ids and function names are the same in both files (a localized function name would give #NAME? in
 * a workbook opened in another locale); parameter names and all descriptions are localized (Excel's
 * tooltip shows 何年目 and 年数 to a Japanese clerk).
 */
export interface MetadataParameter {
  readonly name: string;
  readonly description: string;
  readonly type: 'any';
  readonly dimensionality: 'matrix';
  readonly optional?: true;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly dimensionality: 'matrix' };
}

export interface FunctionsMetadata {
  /** Data-type cells (entities, formatted numbers) arrive as their cell value JSON (cells.ts reads them). */
  readonly allowCustomDataForDataTypeAny: true;
  /** Error cells arrive as values, so each result cell answers for its own inputs (cells.ts). */
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly MetadataFunction[];
}

/** The metadata Excel reads for a UI language. */
export function functionsMetadata(
  language: Language,
  functions: readonly FunctionDef[] = FUNCTIONS,
): FunctionsMetadata {
  const text = (code: MessageCode): string => renderMessage(code, {}, language);
  return {
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: functions.map((fn) => ({
      id: fn.id,
      name: fn.id,
      description: text(fn.description),
      // Every parameter and result is a matrix of any: one cell and a whole column take the same
      // path, and any cell (text as written, numbers, errors, data types) reaches the core.
      parameters: fn.parameters.map((p) => ({
        name: text(p.name),
        description: text(p.description),
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: { dimensionality: 'matrix' },
    })),
  };
}

/** The files the build writes into dist/, by name, as their text. */
export function metadataFiles(): Readonly<Record<string, string>> {
  return {
    'functions.json': `${JSON.stringify(functionsMetadata('en'), null, 2)}\n`,
    'functions.ja-JP.json': `${JSON.stringify(functionsMetadata('ja'), null, 2)}\n`,
  };
}
