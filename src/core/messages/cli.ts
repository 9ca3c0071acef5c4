import Cli from './cli.json';
import type { MessageTable } from './table';

/**
 * What the `kusei` command says, Japanese and English (one language per run, `--lang`): its argument
 * errors, `kusei --help` (cli.help.*, one line per command: cli.command.*), each command's usage
 * (cli.<command>.usage; `kusei read` and `kusei plan` keep theirs in read.json and plan-cli.json)
 * and `npm run demo`'s lines (demo.*).
 */
export const CLI_MESSAGES = Cli satisfies MessageTable;

export type CliCode = keyof typeof CLI_MESSAGES;
