/**
 * The custom functions' entry (dist/functions.js): every function of the table (table.ts) made into
 * the function Excel calls (broadcast.ts) and registered under its id with one
 * `CustomFunctions.associate` loop. Each parameter is a matrix, so a single cell and a whole column
 * take the same path; optional arguments arrive as null. Not volatile, no network, no cell changes.
 * functions.json and functions.ja-JP.json come from the same table (metadata.ts).
 */
import { wrapperOf, type RangeFunction } from './broadcast';
import { functionAssociation } from './runtime';
import { FUNCTIONS, type FunctionId } from './table';

export type { FunctionId } from './table';

/** The functions Excel calls, by lower-case id (KUSEI.status is =KUSEI.STATUS), for tests and scripts. */
export const KUSEI: Readonly<Record<Lowercase<FunctionId>, RangeFunction>> = Object.fromEntries(
  FUNCTIONS.map((def) => [def.id.toLowerCase(), wrapperOf(def)]),
) as Record<Lowercase<FunctionId>, RangeFunction>;

/** Registers every function with Excel's runtime; a no-op outside Excel (runtime.ts). */
export function registerFunctions(): void {
  const runtime = functionAssociation();
  for (const def of FUNCTIONS) runtime.associate(def.id, KUSEI[def.id.toLowerCase() as Lowercase<FunctionId>]);
}

registerFunctions();
