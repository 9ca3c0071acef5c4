import Outputs from './outputs.json';
import type { MessageTable } from './table';

/** Messages about the files KUSEI writes (`kusei summary --out/--report`). */
export const OUTPUT_MESSAGES = Outputs satisfies MessageTable;
