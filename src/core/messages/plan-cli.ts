import PlanCli from './plan-cli.json';
import type { MessageTable } from './table';

/**
 * What `kusei plan` says, and the plan lines of `kusei summary --plan` (one language per run); the
 * shipped rule profiles' names (planCli.profileName.<id>, core/plan/profile.ts); the 計画定義
 * template's instruction line (planTemplate.*), which the template writes in Japanese.
 */
export const PLAN_CLI_MESSAGES = PlanCli satisfies MessageTable;

export type PlanCliCode = keyof typeof PLAN_CLI_MESSAGES;
