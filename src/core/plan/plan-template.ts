import type { CellValue } from '../cell';
import { WARD_NAMES } from '../layouts/wards';
import { fiscalYearLabel } from '../values/fiscal-year';
import type { Plan, PlanScope } from './plan';
import { PLAN_COLUMNS, PLAN_LABELS, PLAN_SHEET_NAME } from './plan-sheet';
// Its own part of the table (see plan-sheet.ts).
import { PLAN_CLI_MESSAGES } from '../messages/plan-cli';
import { renderEntry } from '../messages/table';

/**
 * The rows of a 計画定義 sheet for a plan — what テンプレートを挿入 writes and `readPlanSheet` reads back.
 * Without a plan, an empty definition with one example row shows the coordinator what to fill in.
 */
const SCOPE_WORD: Readonly<Record<PlanScope, string>> = { ward: '区ごと', cityOnce: '全市で1件', reference: '参考' };

export const PLAN_HEADER: readonly string[] = Object.values(PLAN_COLUMNS).map(([written]) => written);

export function planTemplateRows(plan: Plan | null): CellValue[][] {
  const allWards =
    plan !== null && plan.wards.length === WARD_NAMES.length && plan.wards.every((w) => WARD_NAMES.includes(w));
  const block: CellValue[][] = [
    [PLAN_SHEET_NAME, renderEntry(PLAN_CLI_MESSAGES['planTemplate.instructions'], {}, 'ja')],
    [PLAN_LABELS.id.label, plan?.id ?? 'my-plan'],
    [PLAN_LABELS.name.label, plan?.name ?? ''],
    [PLAN_LABELS.firstYear.label, plan ? fiscalYearLabel(plan.firstYear) : ''],
    [PLAN_LABELS.lastYear.label, plan ? fiscalYearLabel(plan.lastYear) : ''],
    [PLAN_LABELS.profile.label, plan?.profile.id ?? 'kusei-2015'],
    [PLAN_LABELS.wards.label, allWards ? '全区' : (plan?.wards.join('、') ?? '全区')],
    [],
    [...PLAN_HEADER],
  ];
  const rows: CellValue[][] =
    plan === null
      ? [['1-1-ア', '（指標名）', 'R8年度までに50%以上', '%', '区ごと', null]]
      : plan.indicators.map((i) => [i.id, i.name, i.target, i.unit, SCOPE_WORD[i.scope], i.group]);
  return [...block, ...rows];
}
