import Plan from './plan.json';
import { findingTable } from './table';

/**
 * Messages of plans and rule profiles (issue 16): the findings of a 計画定義 sheet a coordinator
 * writes, each saying what to write instead. What `kusei plan` says is plan-cli.ts; the error values
 * of judging under a profile are profile.ts.
 */
export const PLAN_FINDING_MESSAGES = findingTable(Plan);

export type PlanFindingCode = keyof typeof PLAN_FINDING_MESSAGES;
