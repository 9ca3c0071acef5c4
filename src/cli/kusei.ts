import { consoleIo, type Io } from './io';
import { argLanguage, cliMessage } from './args';
import type { CliCode, Language } from '../core/messages';

/**
 * The `kusei` command: `kusei <subcommand> …`. Registering a subcommand is one line in SUBCOMMANDS.
 * Each returns its exit code; nothing here calls process.exit, so output is flushed first.
 * Subcommands load when they run, so `kusei --help` pays for none of them (nor ExcelJS).
 */
export type Subcommand = (argv: readonly string[], io: Io) => Promise<number>;

export const SUBCOMMANDS: Readonly<Record<string, () => Promise<Subcommand>>> = {
  check: async () => (await import('./check')).runCheck,
  summary: async () => (await import('./summary')).runSummary,
  read: async () => (await import('./read')).runRead,
  status: async () => (await import('./status')).runStatus,
  plan: async () => (await import('./plan')).runPlan,
};

/** One line per command for `kusei --help` (the message table's cli.command.*); a command without a line is still listed. */
const DESCRIPTIONS: Readonly<Record<string, CliCode>> = {
  check: 'cli.command.check',
  summary: 'cli.command.summary',
  status: 'cli.command.status',
  read: 'cli.command.read',
  plan: 'cli.command.plan',
};

function usage(lang: Language): string {
  const names = Object.keys(SUBCOMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const describe = (name: string): string => {
    const code = DESCRIPTIONS[name];
    return code === undefined ? '' : cliMessage(code, lang);
  };
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${describe(name)}`.trimEnd());
  return [cliMessage('cli.help.head', lang), ...lines, '', cliMessage('cli.help.foot', lang)].join('\n');
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const lang = argLanguage(argv);
  const words = argv.filter((arg, i) => arg !== '--lang' && argv[i - 1] !== '--lang' && !arg.startsWith('--lang='));
  const [name, ...rest] = words;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(usage(lang));
    return name === undefined ? 2 : 0;
  }
  // `kusei help summary` is `kusei summary --help`.
  if (name === 'help')
    return rest[0] && SUBCOMMANDS[rest[0]]
      ? main([rest[0], '--help', ...langArgs(lang)], io)
      : main(['--help', ...langArgs(lang)], io);
  const load = SUBCOMMANDS[name];
  if (!load) {
    io.err(`${cliMessage('cli.unknownCommand', lang, { name })}\n${usage(lang)}`);
    return 2;
  }
  try {
    // The command sees --lang too: one language per run.
    const subcommand = await load();
    return await subcommand([...rest, ...langArgs(lang)], io);
  } catch (error) {
    // A bug, not bad input (bad input is reported as findings): say so plainly and exit 2.
    io.err(
      cliMessage('cli.internalError', lang, {
        detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    );
    return 2;
  }
}

function langArgs(lang: Language): string[] {
  return lang === 'en' ? ['--lang', 'en'] : [];
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
