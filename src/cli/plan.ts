import { basename } from 'node:path';
import type { Finding } from '../core/finding';
import { renderMessage, type Language, type MessageParams, type PlanCliCode } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
import { FY2015_PLAN, periodYears, planTemplateRows, planYearText, PLAN_SHEET_NAME, type Plan } from '../core/plan';
import { isFileReadError } from '../files/errors';
import { readPlanFile } from '../files/read-plan-file';
import { OutputExistsError, writeFileAtomic } from '../files/write-output-file';
import { argLanguage, parseArgs } from './args';
import { consoleIo, type Io } from './io';
import { terminalJson, terminalLine } from './terminal-text';

/**
 * `kusei plan <file>`: checks a plan a coordinator defined (a 計画定義 sheet or JSON, docs/plans.md)
 * and says what KUSEI understood — period, rule profile, wards, indicators — or, cell by cell, what
 * to correct. Exit 0 for a usable plan, 1 when it has mistakes, 2 when the file cannot be read.
 * `kusei plan --template <out.xlsx>` writes an empty definition (or a shipped plan with --from), never
 * over an existing file without --force.
 */
const SHIPPED: Readonly<Record<string, Plan>> = { [FY2015_PLAN.id]: FY2015_PLAN };

export async function runPlan(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const lang = argLanguage(argv);
  const say = (code: PlanCliCode, params: MessageParams = {}): string => renderMessage(code, params, lang);
  const args = parseArgs(argv, { flags: ['json', 'force', 'help'], options: ['template', 'from', 'lang'] });
  if ('error' in args) {
    io.err(`${args.error}\n${say('planCli.usage')}`);
    return 2;
  }
  if (args.flags.has('help')) {
    io.out(say('planCli.usage'));
    return 0;
  }
  const template = args.options.get('template');
  if (template !== undefined)
    return writeTemplate(template, args.options.get('from'), args.flags.has('force'), io, lang);
  const [file, ...extra] = args.positional;
  if (file === undefined || extra.length > 0) {
    io.err(say('planCli.usage'));
    return 2;
  }
  const reading = await readPlanFile(file);
  if (isFileReadError(reading)) {
    io.err(terminalLine(renderMessageOf(reading, lang)));
    return 2;
  }
  const failed = reading.plan === null;
  if (args.flags.has('json')) {
    io.out(
      terminalJson({
        file,
        plan: reading.plan && planJson(reading.plan),
        findings: reading.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          sheet: f.sheet,
          cell: f.cell,
          message: renderMessageOf(f, lang),
        })),
      }),
    );
    return failed ? 1 : 0;
  }
  const name = basename(file);
  const head = reading.plan ? describePlan(name, reading.plan, lang) : [say('planCli.invalid', { file: name })];
  const lines = head.concat(reading.findings.map((finding) => findingLine(finding, lang)));
  io.out(lines.map(terminalLine).join('\n'));
  return failed ? 1 : 0;
}

function describePlan(file: string, plan: Plan, lang: Language): string[] {
  const say = (code: PlanCliCode, params: MessageParams = {}): string => renderMessage(code, params, lang);
  const count = (scope: string): number => plan.indicators.filter((i) => i.scope === scope).length;
  return [
    say('planCli.title', { file, name: plan.name, id: plan.id }),
    say('planCli.period', {
      first: planYearText(plan.firstYear),
      last: planYearText(plan.lastYear),
      years: periodYears(plan),
    }),
    say('planCli.profile', { id: plan.profile.id, name: say(plan.profile.nameCode) }),
    say('planCli.wards', { count: plan.wards.length }),
    say('planCli.indicators', {
      count: plan.indicators.length,
      ward: count('ward'),
      city: count('cityOnce'),
      reference: count('reference'),
    }),
  ];
}

function findingLine(finding: Finding, lang: Language): string {
  return renderMessage(
    'planCli.finding',
    {
      severity: renderMessage(`planCli.severity.${finding.severity}`, {}, lang),
      cell: finding.cell ?? finding.sheet,
      message: renderMessageOf(finding, lang),
    },
    lang,
  );
}

/** The plan as a plan JSON file writes it (`--plan plan.json` reads it back): the profile by its id. */
function planJson(plan: Plan): unknown {
  return { ...plan, profile: plan.profile.id };
}

async function writeTemplate(
  out: string,
  from: string | undefined,
  force: boolean,
  io: Io,
  lang: Language,
): Promise<number> {
  const plan = from === undefined ? null : SHIPPED[from];
  if (plan === undefined) {
    io.err(renderMessage('planCli.unknownPlan', { id: from ?? '', plans: Object.keys(SHIPPED).join('、') }, lang));
    return 2;
  }
  // ExcelJS only where KUSEI writes a workbook, loaded when it does.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME);
  for (const row of planTemplateRows(plan)) sheet.addRow(row);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 44;
  for (const col of [3, 4, 5, 6]) sheet.getColumn(col).width = 22;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(9);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  try {
    await writeFileAtomic(out, new Uint8Array(await workbook.xlsx.writeBuffer()), force);
  } catch (error) {
    if (!(error instanceof OutputExistsError)) throw error;
    io.err(renderMessage('planCli.outputExists', { out }, lang));
    return 2;
  }
  io.out(renderMessage('planCli.templateWritten', { out }, lang));
  return 0;
}
