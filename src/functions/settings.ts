import type { RuleProfile } from '../core/plan/profile';
import type { PlanPeriod } from '../core/rules/threshold';

/**
 * What a workbook tells the functions beyond their arguments. Today: the plan period, as year k
 * of an n-year plan, which the task pane sets when it knows the workbook's plan; KUSEI.STATUS and
 * KUSEI.EXPLAIN use it when their year and years are omitted. Kept here, one setting for the whole
 * runtime (the pane and the functions share it), so the pane never reaches into a function.
 *
 * Excel does not recalculate a cell because this changed: whoever sets it recalculates the sheet.
 */
export interface FunctionSettings {
  readonly planPeriod: PlanPeriod | null;
  /** The plan's rule profile (KUSEI.STATUS, KUSEI.GRADE); null: the city policy's rules R1–R4. */
  readonly profile: RuleProfile | null;
}

const DEFAULTS: FunctionSettings = { planPeriod: null, profile: null };

let current: FunctionSettings = DEFAULTS;

export function functionSettings(): FunctionSettings {
  return current;
}

/** Changes the named settings; `resetFunctionSettings` goes back to none. */
export function setFunctionSettings(changes: Partial<FunctionSettings>): void {
  current = { ...current, ...changes };
}

export function resetFunctionSettings(): void {
  current = DEFAULTS;
}
