import Cli from './cli.json';
import type { MessageTable } from './table';

/** What the `kusei` command says about its own arguments, Japanese and English (one language per run). */
export const CLI_MESSAGES = Cli satisfies MessageTable;

export type CliCode = keyof typeof CLI_MESSAGES;
