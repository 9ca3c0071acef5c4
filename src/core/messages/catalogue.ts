import Catalogue from './catalogue.json';
import type { MessageTable } from './table';

/** What is wrong at one place of an indicator catalogue (the `{problem}` of CATALOGUE_INVALID). */
export const CATALOGUE_PROBLEM_MESSAGES = Catalogue satisfies MessageTable;

export type CatalogueProblemCode = keyof typeof CATALOGUE_PROBLEM_MESSAGES;
