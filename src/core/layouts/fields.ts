/** Fields whose cell holds one figure the rules read: target, unit, actual and the previous year's. */
const FIGURES = ['target', 'unit', 'actual', 'previous'] as const;

/** Fields whose cell holds a declared mark; a negative one requires an explanation (R5). */
const MARKS = [
  'mark',
  'overallMark',
  'strategyMark',
  'effectiveness',
  'implementationOutlook',
  'achievementOutlook',
] as const;

/**
 * What a column means, whatever its header says. The synonym dictionary maps wordings to these;
 * records and findings name them. Each field is named once: the groups above are part of the list.
 */
export const FIELDS = [
  'ward',
  'indicatorId',
  'indicatorText',
  'measure',
  ...FIGURES,
  ...MARKS,
  'outcome',
  'explanation',
  'improvement',
  'activityTarget',
  'withdrawalCriterion',
  'budget',
  'listedInPlan',
  'implementation',
  'note',
  'stage',
  'context',
] as const;

export type Field = (typeof FIELDS)[number];

export function isField(value: unknown): value is Field {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

export const FIGURE_FIELDS: readonly Field[] = FIGURES;

export const MARK_FIELDS: readonly Field[] = MARKS;

/** Fields a negative mark's explanation may be written in (課題 / 改善策). */
export const EXPLANATION_FIELDS: readonly Field[] = ['explanation', 'improvement'];

/**
 * Fields that may legitimately appear in several columns of one table (a 課題 per stage, a budget per
 * year, descriptive columns); every other field should have one column.
 */
export const REPEATABLE_FIELDS: readonly Field[] = ['budget', 'context', 'stage', 'explanation', 'improvement'];
