import type { Finding } from '../core/finding';
import { readPlanSheet, PLAN_SHEET_NAME } from '../core/plan/plan-sheet';
import { planTemplateRows } from '../core/plan/plan-template';
import { periodYears, yearOfPlan, type Plan } from '../core/plan/plan';
import { FY2015_PLAN } from '../core/plan/shipped';
import type { KuseiSettings } from '../core/settings';
import { setFunctionSettings } from '../functions/settings';
import type { TemplateSheet, WorkbookGateway } from '../workbook/gateway';

/**
 * The plan the pane works to (issue 16 §2, §5): the shipped FY2015–FY2017 policy, or the workbook's
 * own 計画定義 sheet when it reads without an error. Loaded lazily with the settings, so the pane's
 * first download does not carry the plan reader.
 */
export interface PlanSheetState {
  /** Whether the workbook has a sheet named 計画定義 at all. */
  readonly present: boolean;
  /** The sheet's plan, only when it has no error (a half-read plan never judges anything). */
  readonly plan: Plan | null;
  readonly findings: readonly Finding[];
}

export const NO_PLAN_SHEET: PlanSheetState = { present: false, plan: null, findings: [] };

/** The 計画定義 sheet read through the gateway; a host that cannot read by name has none. */
export async function readWorkbookPlan(gateway: WorkbookGateway): Promise<PlanSheetState> {
  const snapshot = gateway.readSheet ? await gateway.readSheet(PLAN_SHEET_NAME) : null;
  if (snapshot === null) return NO_PLAN_SHEET;
  const reading = readPlanSheet(snapshot);
  return { present: true, plan: reading.plan, findings: reading.findings };
}

/** The settings with the sheet plan's period; the report year stays the user's (the form checks it). */
export function settingsWithPlan(settings: KuseiSettings, plan: Plan): KuseiSettings {
  return { ...settings, planStartYear: plan.firstYear, planYears: periodYears(plan), planSource: 'sheet' };
}

/**
 * The plan the pane judges by: the sheet's when chosen and readable, else the shipped policy with the
 * period the 設定 form holds (a sheet plan's period, saved earlier, stays in the settings).
 */
export function activePlan(settings: KuseiSettings, sheet: PlanSheetState): Plan {
  if (settings.planSource === 'sheet' && sheet.plan) return sheet.plan;
  return {
    ...FY2015_PLAN,
    firstYear: settings.planStartYear,
    lastYear: settings.planStartYear + settings.planYears - 1,
  };
}

/**
 * Year k of n for the custom functions, so KUSEI.STATUS without its year arguments judges like the
 * pane's status columns; null when the report year lies outside the plan (the functions' default).
 */
export function functionPeriod(plan: Plan, reportYear: number): { year: number; years: number } | null {
  const year = yearOfPlan(plan, reportYear);
  return year === null ? null : { year, years: periodYears(plan) };
}

/**
 * Gives the functions the pane's plan period and rule profile (the shipped policy's is the functions'
 * own default, R1–R4); Excel recalculates only when asked (docs/functions.md).
 */
export function applyToFunctions(settings: KuseiSettings, sheet: PlanSheetState): void {
  const plan = activePlan(settings, sheet);
  setFunctionSettings({
    planPeriod: functionPeriod(plan, settings.reportYear),
    profile: plan.profile.id === FY2015_PLAN.profile.id ? null : plan.profile,
  });
}

/** An empty 計画定義 sheet for a coordinator to fill in (the gateway picks a free name). */
export function planTemplateSheet(): TemplateSheet {
  const rows = planTemplateRows(null);
  const headerRow = rows.findIndex((row) => row[0] === '指標番号') + 1;
  return {
    name: PLAN_SHEET_NAME,
    rows,
    columnFormats: {},
    cached: {},
    headerRow,
    statusColumn: 'A',
    styles: [],
  };
}
