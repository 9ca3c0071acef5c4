import { FINDING_MESSAGES } from './findings';
import { FORM_FINDING_MESSAGES } from './forms';
import { PLAN_FINDING_MESSAGES } from './plan';
import { PORTABLE_MESSAGES } from './portable';

/**
 * Every code a finding of a sheet can carry — the sheet checks', the form readers', the plan sheet's
 * and the portable status columns' — each with its severity, so one builder
 * (validate/finding-builder.ts) makes all of them. The consolidation's are apart (aggregate.ts): its
 * code decides their severity.
 */
export const ALL_FINDING_MESSAGES = {
  ...FINDING_MESSAGES,
  ...FORM_FINDING_MESSAGES,
  ...PLAN_FINDING_MESSAGES,
  ...PORTABLE_MESSAGES,
} as const;

export type AnyFindingCode = keyof typeof ALL_FINDING_MESSAGES;
