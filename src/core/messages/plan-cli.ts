import PlanCli from './plan-cli.json';
import type { MessageTable } from './table';

/** What `kusei plan` says, and the plan lines of `kusei summary --plan` (one language per run). */
export const PLAN_CLI_MESSAGES = PlanCli satisfies MessageTable;

export type PlanCliCode = keyof typeof PLAN_CLI_MESSAGES;
