import { consoleIo, type Io } from './io';
import { argLanguage, cliMessage } from './args';
import type { Language } from '../core/messages';

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

/** One line per command for `kusei --help`; a command without a line is still listed. */
const DESCRIPTIONS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  check: { ja: '区の進捗表を検証する（セルごとの指摘）', en: 'check ward sheets, cell by cell' },
  summary: {
    ja: '区のワークブックを表2・表1に集計する（提出状況、区別状況、文案、xlsx・HTML・CSV）',
    en: 'consolidate ward workbooks into Tables 2 and 1 (submissions, wards, draft, xlsx/HTML/CSV)',
  },
  status: {
    ja: '進捗率・状況の列を追加したワークブックを書き出す',
    en: 'write a workbook with progress and status columns',
  },
  read: { ja: '区のシートの読み取り結果を示す', en: 'show how ward sheets are read' },
  plan: {
    ja: '計画定義（期間・判定ルール・指標）を検証する、テンプレートを書き出す',
    en: 'check a plan definition (period, rule profile, indicators), or write its template',
  },
};

function usage(lang: Language): string {
  const names = Object.keys(SUBCOMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${DESCRIPTIONS[name]?.[lang] ?? ''}`.trimEnd());
  return lang === 'en'
    ? [
        'usage: kusei <command> [arguments…] [--lang ja|en]',
        '',
        'commands:',
        ...lines,
        '',
        "kusei <command> --help shows a command's options.",
      ].join('\n')
    : [
        '使い方: kusei <コマンド> [引数…] [--lang ja|en]',
        '',
        'コマンド:',
        ...lines,
        '',
        'kusei <コマンド> --help で各コマンドのオプションを示します。',
      ].join('\n');
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
