import { runCheck } from './check';
import { runSummary } from './summary';
import { runStatus } from './status';
import { consoleIo, type Io } from './io';

/**
 * The `kusei` command: `kusei <subcommand> …`. Registering a subcommand is one line in SUBCOMMANDS.
 * Each returns its exit code; nothing here calls process.exit, so output is flushed first.
 */
export type Subcommand = (argv: readonly string[], io: Io) => Promise<number>;

export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  check: runCheck,
  summary: runSummary,
  status: runStatus,
};

const USAGE = `使い方 / usage: kusei <${Object.keys(SUBCOMMANDS).join('|')}> [引数…]
  kusei check <ファイル…> [--json] [--lang ja|en]   区の進捗表を確認する / check ward sheets`;

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) {
    io.err(`不明なサブコマンド / unknown subcommand: ${name}\n${USAGE}`);
    return 2;
  }
  try {
    return await subcommand(rest, io);
  } catch (error) {
    // A bug, not bad input (bad input is reported as findings): say so plainly and exit 2.
    io.err(`内部エラー / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
