import type { CellValue } from '../cell';
import { parseA1, localAddress, qualifiedAddress } from '../address';
import type { Finding } from '../finding';
import { portableFormulas } from '../portable/formulas';
import { portableModel } from '../portable/model';
import { thresholdPermille } from '../portable/row';
import { rowScope, type ScopeCatalogue } from '../portable/scope';
import { isPortableFormula, isStatusFormula, normalizedFormula, thresholdInFormula } from '../portable/stale';
import { NEEDS_REVIEW } from '../portable/words';
import type { CaseRecord } from '../record';
import { planYearIndex, type KuseiSettings } from '../settings';
import type { SheetSnapshot } from '../snapshot';
import { STATUS_WORDS } from '../values/status-words';
import { describeValue } from '../values/describe';
import { valuePart } from './embedded';

/**
 * Issue 14 §1: the portable status columns carry the row's target as a number inside the formula
 * (`…>=0.5,"目標達成"…`), read when they were written. When the target text is edited later, the
 * formula still judges against the old value. Each portable formula on a record's row that points
 * at its actual is compared with the formula the current target gives (at the threshold the formula
 * itself states, so a changed plan year alone is not reported); a difference is a warning at the cell,
 * and 状況列を追加 rewrites the column.
 */
export function staleStatusColumns(
  sheet: SheetSnapshot,
  records: readonly CaseRecord[],
  settings: KuseiSettings,
  catalogue: ScopeCatalogue | null,
): Finding[] {
  const formulas = sheet.formulas;
  if (!formulas) return [];
  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  const current = thresholdPermille(planYearIndex(settings), settings.planYears);
  const findings: Finding[] = [];
  for (const record of records) {
    const actual = record.source.cells.actual;
    if (!actual || record.part !== undefined || record.source.sheet !== sheet.name) continue;
    const row = formulas[record.source.row - 1 - origin.row];
    if (!row) continue;
    const target = valuePart(record.target !== null ? record.target : record.activityTarget);
    const judged = rowScope(record, catalogue) === 'judged';
    row.forEach((formula, offset) => {
      if (formula === null || !formula.includes(NEEDS_REVIEW) || !formula.includes(`TRIM(${actual})`)) return;
      if (!isPortableFormula(formula)) return;
      const status = isStatusFormula(formula);
      if (status && !judged) return;
      const expected = expectedFormula(actual, target, status, thresholdInFormula(formula) ?? current);
      if (expected === null || normalizedFormula(expected) === normalizedFormula(formula)) return;
      findings.push(staleFinding(sheet.name, record.source.row - 1, origin.col + offset, formula, target));
    });
  }
  return findings;
}

function expectedFormula(actual: string, target: CellValue, status: boolean, threshold: number | null): string | null {
  const model = portableModel(target);
  if (model === null) return `="${NEEDS_REVIEW}"`;
  if (threshold === null) return null;
  const formulas = portableFormulas(actual, model, threshold);
  return status ? formulas.status : formulas.progress;
}

/** The number after `>=`, `<=`, `>` or `<` before the achieved status, as the formula writes it (portable/formulas.ts). */
const WRITTEN_TARGET = new RegExp(String.raw`[<>]=?(-?[\d.E+-]+),"${STATUS_WORDS.achieved}"`, 'i');

/** The target value the formula still compares with: the number after `>=`, `<=`, `>` or `<` before "目標達成". */
function writtenTarget(formula: string): string {
  const match = WRITTEN_TARGET.exec(normalizedFormula(formula));
  return match?.[1] ?? '?';
}

function staleFinding(sheet: string, row: number, col: number, formula: string, target: CellValue): Finding {
  const cell = qualifiedAddress(sheet, row, col);
  const params = { cell, target: describeValue(target), written: writtenTarget(formula) };
  return {
    code: 'status.columnStale',
    severity: 'warning',
    sheet,
    cell,
    row: row + 1,
    field: null,
    text: formula.length > 200 ? `${formula.slice(0, 200)}…` : formula,
    params,
  };
}
