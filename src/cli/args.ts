import { parseArgs as nodeParseArgs } from 'node:util';
import { renderMessage, type CliCode, type Language, type MessageParams } from '../core/messages';
import { fiscalYearLabel, readFiscalYear } from '../core/values/fiscal-year';
import type { Io } from './io';

/**
 * The subcommands' arguments, parsed by Node's own `util.parseArgs` (strict: an unknown option is an
 * error, never a guess): flags (`--json`), options with a value (`--lang en` or `--lang=en`) and
 * positional arguments. Errors are sentences in the run's one language (`--lang`, read first).
 */
export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly options: Map<string, string>;
}

export interface ArgSpec {
  readonly flags: readonly string[];
  readonly options: readonly string[];
}

/** The run's language, from `--lang en` / `--lang=en` anywhere in argv; Japanese otherwise. */
export function argLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang=en' || (arg === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'ja';
}

export function cliMessage(code: CliCode, lang: Language, params: MessageParams = {}): string {
  return renderMessage(code, params, lang);
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs | { readonly error: string } {
  const lang = argLanguage(argv);
  const options: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const flag of spec.flags) options[flag] = { type: 'boolean' };
  for (const option of spec.options) options[option] = { type: 'string' };
  try {
    const { values, positionals } = nodeParseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    const flags = new Set<string>();
    const valued = new Map<string, string>();
    for (const [name, value] of Object.entries(values)) {
      if (value === true) flags.add(name);
      else if (typeof value === 'string') valued.set(name, value);
    }
    return { positional: positionals, flags, options: valued };
  } catch (error) {
    return { error: describeParseError(error, argv, spec, lang) };
  }
}

/** util.parseArgs throws with an English code; the user reads it in the run's language instead. */
function describeParseError(error: unknown, argv: readonly string[], spec: ArgSpec, lang: Language): string {
  const code = (error as { code?: string }).code;
  const offending = argv.find((arg) => {
    if (!arg.startsWith('--')) return false;
    const name = arg.slice(2).split('=')[0] ?? '';
    return !spec.flags.includes(name) && !spec.options.includes(name);
  });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || offending !== undefined)
    return cliMessage('cli.unknownOption', lang, { option: offending ?? argv.find((a) => a.startsWith('-')) ?? '' });
  const valueless = spec.options.find((name) => argv.includes(`--${name}`));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = spec.flags.find((name) => argv.some((arg) => arg.startsWith(`--${name}=`)));
    if (flag) return cliMessage('cli.flagWithValue', lang, { option: `--${flag}` });
  }
  return cliMessage('cli.needsValue', lang, { option: `--${valueless ?? ''}`, example: `--${valueless ?? 'lang'} …` });
}

export interface ReportYearReading {
  readonly year: number;
  /** What was understood, to say to the user (「令和8」を令和8年度（2026年度）として集計します). */
  readonly said: string;
}

/** `--report-year` as 令和8, R8, 令和8年度, 2026, FY2026, 平成27, H27 (domain §2). */
export function readReportYear(value: string, lang: Language): ReportYearReading | { readonly error: string } {
  const year = readFiscalYear(value.trim());
  if (typeof year !== 'number') return { error: cliMessage('cli.badReportYear', lang, { value }) };
  return {
    year,
    said: cliMessage('cli.reportYearUnderstood', lang, {
      value,
      year,
      wareki: fiscalYearLabel(year),
    }),
  };
}

/**
 * The opening every subcommand shares: its arguments, or the exit code when the run ends here, 2
 * after an argument error (the error, then the usage, on stderr) and 0 after --help (the usage on
 * stdout). --help is always understood, whatever the spec lists.
 */
export function commandArgs(argv: readonly string[], spec: ArgSpec, usage: string, io: Io): ParsedArgs | number {
  const flags = spec.flags.includes('help') ? spec.flags : [...spec.flags, 'help'];
  const parsed = parseArgs(argv, { ...spec, flags });
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${usage}`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.out(usage);
    return 0;
  }
  return parsed;
}
