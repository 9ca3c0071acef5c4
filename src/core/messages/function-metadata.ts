import FunctionMetadata from './function-metadata.json';
import type { MessageTable } from './table';

/**
 * The custom functions' metadata texts, read only by the build (src/functions/metadata.ts writes
 * functions.json and functions.ja-JP.json from them): FN_<function> the descriptions in Excel's
 * formula tooltip, FN_PARAM_* the parameters' descriptions. Kept apart from functions.json because
 * no formula's result shows them: outside the functions' view (value-errors.ts), functions.js does
 * not carry them. The parameter names (FN_NAME_*) stay in functions.json: a range-shape error names
 * the parameter.
 */
export const FUNCTION_METADATA_MESSAGES = FunctionMetadata satisfies MessageTable;

export type FunctionMetadataCode = keyof typeof FUNCTION_METADATA_MESSAGES;
