import { contentText, needsConsent } from '../workbook/conflicts';
import type {
  ColumnWrite,
  FormulaCell,
  StatusColumnsPlan,
  StatusStyle,
  WriteConflict,
  WriteOutcome,
} from '../workbook/gateway';

/** Consecutive rows of one column, written as one range. */
interface Run {
  readonly address: string;
  readonly cells: readonly FormulaCell[];
}

export function formulaRuns(column: ColumnWrite): Run[] {
  const runs: Run[] = [];
  let current: FormulaCell[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (!first || !last) return;
    const address =
      first.row === last.row
        ? `${column.column}${first.row}`
        : `${column.column}${first.row}:${column.column}${last.row}`;
    runs.push({ address, cells: current });
    current = [];
  };
  for (const cell of [...column.cells].sort((a, b) => a.row - b.row)) {
    const previous = current[current.length - 1];
    if (previous && cell.row !== previous.row + 1) flush();
    current.push(cell);
  }
  flush();
  return runs;
}

interface Target {
  readonly column: ColumnWrite;
  readonly header: Excel.Range;
  readonly runs: readonly { readonly run: Run; readonly range: Excel.Range }[];
}

/**
 * Both status columns in two requests: the first reads what is in the target cells (the sheet may
 * have changed since it was checked), the second writes headers, formulas, formats and the status
 * conditional formats together, or nothing at all when there are conflicts and no consent.
 */
export async function writeStatusColumns(
  context: Excel.RequestContext,
  plan: StatusColumnsPlan,
  overwrite: boolean,
  withConditionalFormats: boolean,
): Promise<WriteOutcome> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const targets: Target[] = [plan.progress, plan.status].map((column) => {
    const header = sheet.getRange(`${column.column}${column.headerRow}`);
    header.load('formulas');
    const runs = formulaRuns(column).map((run) => {
      const range = sheet.getRange(run.address);
      range.load('formulas');
      return { run, range };
    });
    return { column, header, runs };
  });
  await context.sync();

  const conflicts = targets.flatMap(findConflicts);
  if (conflicts.length > 0 && !overwrite) return { kind: 'conflicts', conflicts };

  let written = 0;
  for (const target of targets) {
    target.header.values = [[target.column.header]];
    target.header.format.font.bold = true;
    for (const { run, range } of target.runs) {
      range.numberFormat = run.cells.map(() => [target.column.numberFormat]);
      range.formulas = run.cells.map((cell) => [cell.formula]);
      written += run.cells.length;
    }
  }
  if (withConditionalFormats) addStatusFormats(sheet, plan.status, plan.styles);
  await context.sync();
  return { kind: 'written', cells: written + targets.length };
}

function findConflicts(target: Target): WriteConflict[] {
  const { column } = target;
  const conflicts: WriteConflict[] = [];
  const headerContent: unknown = target.header.formulas[0]?.[0];
  if (needsConsent(headerContent, column.header)) {
    conflicts.push({ address: `${column.column}${column.headerRow}`, text: contentText(headerContent) });
  }
  for (const { run, range } of target.runs) {
    run.cells.forEach((cell, index) => {
      const content: unknown = range.formulas[index]?.[0];
      if (needsConsent(content, column.header)) {
        conflicts.push({ address: `${column.column}${cell.row}`, text: contentText(content) });
      }
    });
  }
  return conflicts;
}

/** One containsText rule per status word over the status column's rows (old rules replaced). */
export function addStatusFormats(sheet: Excel.Worksheet, status: ColumnWrite, styles: readonly StatusStyle[]): void {
  if (status.cells.length === 0) return;
  const first = status.cells.reduce((min, cell) => Math.min(min, cell.row), Number.POSITIVE_INFINITY);
  const last = status.cells.reduce((max, cell) => Math.max(max, cell.row), 0);
  const range = sheet.getRange(`${status.column}${first}:${status.column}${last}`);
  addTextFormats(range, styles);
}

export function addTextFormats(range: Excel.Range, styles: readonly StatusStyle[]): void {
  range.conditionalFormats.clearAll();
  for (const style of styles) {
    const format = range.conditionalFormats.add('ContainsText');
    format.textComparison.format.fill.color = style.fill;
    format.textComparison.format.font.color = style.font;
    format.textComparison.rule = { operator: 'Contains', text: style.text };
  }
}
