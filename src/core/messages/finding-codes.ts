import { FINDING_MESSAGES } from './findings';
import { FORM_FINDING_MESSAGES } from './forms';
import { PLAN_FINDING_MESSAGES } from './plan';

/**
 * Every code a finding can carry — the sheet checks', the form readers' and the plan sheet's — each
 * with its severity, so one builder (validate/finding-builder.ts) makes all findings.
 */
export const ALL_FINDING_MESSAGES = {
  ...FINDING_MESSAGES,
  ...FORM_FINDING_MESSAGES,
  ...PLAN_FINDING_MESSAGES,
} as const;

export type AnyFindingCode = keyof typeof ALL_FINDING_MESSAGES;
