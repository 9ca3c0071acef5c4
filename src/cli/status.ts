import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { renderMessageOf } from '../core/messages/render';
import { DEFAULT_SETTINGS, type KuseiSettings, type StatusFormulas } from '../core/settings';
import { isFileReadError, readWorkbookFile, workbookToSnapshot } from '../files';
import { OutputExistsError, writeFileAtomic } from '../files/write-output-file';
import { CATALOGUES, FY2015_CATALOGUE } from '../core/catalogue/fy2015';
import { readSheet } from '../core/validate/read-sheet';
import { writeStatusColumnsXlsx } from '../files/status-xlsx';
import type { StatusColumnsPlan } from '../workbook/gateway';
import { planForReading } from '../workbook/status-plan';
import { argLanguage, cliMessage, commandArgs } from './args';
import { consoleIo, type Io } from './io';

/**
 * `kusei status IN.xlsx --out OUT.xlsx [--formulas excel|kusei|values] [--json] [--force]`: adds the
 * 進捗率 and 状況 columns to the first sheet that has indicator rows, exactly as the pane's
 * 状況列を追加 does in standalone mode (the same planner and the same workbook writer), and writes
 * OUT. `excel` (default) writes formulas of Excel's own functions that any Excel or LibreOffice
 * recalculates without KUSEI; `kusei` writes KUSEI.PROGRESS/KUSEI.STATUS; `values` writes today's
 * results as plain values. Never over an existing file without --force.
 * Exit 0 written, 1 nothing to add or cells in the way, 2 bad arguments or an unreadable file.
 */
type FormulaChoice = StatusFormulas | 'values';

export interface StatusJson {
  readonly sheet: string;
  readonly progressColumn: string;
  readonly statusColumn: string;
  readonly rows: readonly { readonly row: number; readonly status: unknown }[];
}

export function statusJson(plan: StatusColumnsPlan): StatusJson {
  return {
    sheet: plan.sheet,
    progressColumn: plan.progress.column,
    statusColumn: plan.status.column,
    rows: plan.status.cells.map((cell) => ({
      row: cell.row,
      status: typeof cell.cached === 'object' && cell.cached !== null ? cell.cached.cellError : cell.cached,
    })),
  };
}

/** The plan with every cell turned into its value (no formula). */
function asValues(plan: StatusColumnsPlan): StatusColumnsPlan {
  const strip = (column: StatusColumnsPlan['progress']): StatusColumnsPlan['progress'] => ({
    ...column,
    cells: column.cells.map((cell) => ({ ...cell, formula: '' })),
  });
  return { ...plan, progress: strip(plan.progress), status: strip(plan.status) };
}

export async function runStatus(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  // One language per run, as every command (the usage and errors used to print both).
  const lang = argLanguage(argv);
  const usage = cliMessage('cli.status.usage', lang);
  const args = commandArgs(
    argv,
    { flags: ['json', 'force'], options: ['out', 'formulas', 'report-year', 'lang'] },
    usage,
    io,
  );
  if (typeof args === 'number') return args;
  const input = args.positional[0];
  const out = args.options.get('out');
  const formulas = (args.options.get('formulas') ?? 'excel') as FormulaChoice;
  const reportYear = Number(args.options.get('report-year') ?? DEFAULT_SETTINGS.reportYear);
  if (input === undefined || args.positional.length > 1 || out === undefined) {
    io.err(usage);
    return 2;
  }
  if (!['excel', 'kusei', 'values'].includes(formulas) || !Number.isInteger(reportYear)) {
    io.err(`${cliMessage('cli.status.badFormulas', lang)}\n${usage}`);
    return 2;
  }
  // The guarded reader first: a damaged, oversized or hostile file is refused before ExcelJS sees it.
  const guarded = await readWorkbookFile(input);
  if (isFileReadError(guarded)) {
    io.err(`${input}: ${renderMessageOf(guarded, 'ja')} / ${renderMessageOf(guarded, 'en')}`);
    return 2;
  }
  // ExcelJS loads only here, to write: `check` and `--help` never load it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const bytes = new Uint8Array(await readFile(input));
  await workbook.xlsx.load(bytes.buffer);
  const settings: KuseiSettings = {
    ...DEFAULT_SETTINGS,
    reportYear,
    statusFormulas: formulas === 'kusei' ? 'kusei' : 'excel',
  };
  const catalogue = CATALOGUES[settings.catalogueId] ?? FY2015_CATALOGUE;
  // The sheets as the pane in standalone mode reads them (the same snapshot of the same ExcelJS workbook).
  const snapshot = workbookToSnapshot(workbook, basename(input));
  let plan: StatusColumnsPlan | null = null;
  for (const sheet of snapshot.sheets.filter((candidate) => !candidate.hidden)) {
    const reading = readSheet(sheet, { settings, catalogue, fileName: basename(input) });
    plan = planForReading(sheet, reading, settings, 'afterTable', catalogue).plan;
    if (plan) break;
  }
  const worksheet = plan ? workbook.getWorksheet(plan.sheet) : undefined;
  if (!plan || !worksheet) {
    io.err(cliMessage('cli.status.noRows', lang, { input }));
    return 1;
  }
  const written = formulas === 'values' ? asValues(plan) : plan;
  const outcome = writeStatusColumnsXlsx(worksheet, written, args.flags.has('force'));
  if (outcome.kind === 'conflicts') {
    const cells = outcome.conflicts.map((conflict) => `${conflict.address}「${conflict.text}」`).join(', ');
    io.err(`${cliMessage('cli.status.cellsInTheWay', lang, { input })}: ${cells}`);
    return 1;
  }
  try {
    await writeFileAtomic(out, new Uint8Array(await workbook.xlsx.writeBuffer()), args.flags.has('force'));
  } catch (error) {
    if (!(error instanceof OutputExistsError)) throw error;
    io.err(`${out} はすでにあります（--force で置き換え）/ ${out} already exists (--force replaces it)`);
    return 2;
  }
  if (args.flags.has('json')) io.out(JSON.stringify(statusJson(plan), null, 2));
  else {
    io.out(
      `${out}: シート「${plan.sheet}」の ${plan.progress.column} 列（進捗率）と ${plan.status.column} 列（状況）、${plan.status.cells.length} 行 / ` +
        `sheet "${plan.sheet}", columns ${plan.progress.column} (progress) and ${plan.status.column} (status), ${plan.status.cells.length} rows`,
    );
  }
  return 0;
}
