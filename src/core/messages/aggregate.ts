import Aggregate from './aggregate.json';
import type { MessageTable } from './table';

/**
 * Messages of consolidation findings, Japanese and English, keyed by code. Each says what is wrong
 * with the set of cases and what to do about it. `{name}` placeholders are filled from params.
 */
export const AGGREGATE_MESSAGES = Aggregate satisfies MessageTable;

export type AggregateCode = keyof typeof AGGREGATE_MESSAGES;
