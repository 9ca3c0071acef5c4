import Mapping from './mapping.json';
import type { MessageTable } from './table';

/**
 * Why a stored column mapping cannot be used (the `{problem}` of the finding mapping.invalid), one
 * code per reason, in both languages, so no English reason ends up inside a Japanese sentence.
 */
export const MAPPING_PROBLEM_MESSAGES = Mapping satisfies MessageTable;

export type MappingProblemCode = keyof typeof MAPPING_PROBLEM_MESSAGES;
