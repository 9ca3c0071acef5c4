import Explain from './explain.json';
import type { MessageTable } from './table';

/**
 * The sentences of KUSEI.EXPLAIN: the working behind a status, so a user can check it by hand
 * (`20.8% ÷ 50% = 41.6% ≥ 33.4%（3年中1年目）→ 概ね順調`). `{direction}` is 以上/以下/超/未満.
 */
export const EXPLAIN_MESSAGES = Explain satisfies MessageTable;
